import type { TestServer } from '../../../test-support/test-server.ts';
import { newId } from '../../../core/ids.ts';

/** The sales-target rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const SET = `mutation($input: SetSalesTargetInput!) { setSalesTarget(input: $input) { id amount } }`;
/** A target of the caller (or of nobody in particular for anonymous), made directly in the database. */
const targetOf = async (s: TestServer, v: Caller) =>
  (await s.db.prisma.salesTarget.create({
    data: { id: newId(), userId: v.userId ?? newId(), period: 'MONTH', periodStart: new Date('2026-05-01T00:00:00Z'), amount: '100.00', currency: 'CNY' },
  })).id;

export const TARGET_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'salesTargets', rule: 'analytics:sales', request: async () => ({ query: '{ salesTargets { id amount } }' }) },
  {
    name: 'setSalesTarget',
    rule: 'target:manage',
    request: async (_s, v) => ({
      query: SET,
      variables: { input: { userId: v.userId ?? newId(), period: 'MONTH', periodStart: '2026-04-01', amount: '1000', currency: 'CNY' } },
    }),
  },
  { name: 'deleteSalesTarget', rule: 'target:manage', request: async (s, v) => ({ query: 'mutation($id: ID!) { deleteSalesTarget(id: $id) }', variables: { id: await targetOf(s, v) } }) },
  {
    name: 'forecastVsTarget',
    rule: 'analytics:sales',
    request: async () => ({ query: '{ forecastVsTarget(filter: { from: "2026-01-01", to: "2026-12-31" }) { periods { period target won attainment } } }' }),
  },
];

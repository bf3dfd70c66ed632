import type { TestServer } from '../../../test-support/test-server.ts';
import { newId } from '../../../core/ids.ts';

/** The commission rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const TIERS = '[{ fromAmount: "0", ratePercent: "3" }, { fromAmount: "100000", ratePercent: "5" }]';
const planId = async (s: TestServer) =>
  (await s.db.prisma.commissionPlan.create({
    data: { id: newId(), name: 'Matrix plan', role: 'SERVICE_AGENT', currency: 'CNY', active: false, tiers: { create: [{ id: newId(), fromAmount: '0', ratePercent: '1' }] } },
  })).id;
/** A distinct past month per call, so closing never collides with an earlier role's. */
let months = 0;
const pastMonth = () => `${2000 + Math.floor(months / 12)}-${String((months++ % 12) + 1).padStart(2, '0')}-01`;

export const COMMISSION_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'commissionPlans', rule: 'commission:manage', request: async () => ({ query: '{ commissionPlans { id name tiers { ratePercent } } }' }) },
  {
    name: 'createCommissionPlan',
    rule: 'commission:manage',
    request: async () => ({ query: `mutation { createCommissionPlan(input: { name: "Matrix", role: SERVICE_AGENT, currency: "CNY", active: false, tiers: ${TIERS} }) { id } }` }),
  },
  {
    name: 'updateCommissionPlan',
    rule: 'commission:manage',
    request: async (s) => ({ query: 'mutation($id: ID!) { updateCommissionPlan(id: $id, input: { version: 1, name: "Renamed" }) { id } }', variables: { id: await planId(s) } }),
  },
  { name: 'deleteCommissionPlan', rule: 'commission:manage', request: async (s) => ({ query: 'mutation($id: ID!) { deleteCommissionPlan(id: $id) }', variables: { id: await planId(s) } }) },
  {
    name: 'commissionStatements',
    rule: 'commission:read',
    request: async () => ({ query: '{ commissionStatements(periodStart: "2026-01-01") { userId won { amount } commission { amount } user { name } } }' }),
  },
  {
    name: 'commissionStatement',
    rule: 'commission:read',
    request: async (_s, v) => ({
      query: 'query($u: ID!) { commissionStatement(userId: $u, periodStart: "2026-01-01") { commission { amount } lines { opportunityName } } }',
      variables: { u: v.userId ?? newId() },
    }),
  },
  { name: 'commissionPeriods', rule: 'commission:read', request: async () => ({ query: '{ commissionPeriods(from: "2026-01-01", to: "2026-12-01") { periodStart } }' }) },
  { name: 'closeCommissionPeriod', rule: 'commission:manage', request: async () => ({ query: 'mutation($p: LocalDate!) { closeCommissionPeriod(periodStart: $p) { periodStart } }', variables: { p: pastMonth() } }) },
  { name: 'reopenCommissionPeriod', rule: 'commission:manage', request: async () => ({ query: 'mutation($p: LocalDate!) { reopenCommissionPeriod(periodStart: $p) }', variables: { p: pastMonth() } }) },
];

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { seedDashboard } from '../../sales-analytics/__tests__/dashboard-fixture.ts';
import { makeDepartment } from '../../../seed/factories.ts';

type Fixture = Awaited<ReturnType<typeof seedDashboard>>;
const SET = `mutation($input: SetSalesTargetInput!) { setSalesTarget(input: $input) { id userId departmentId period periodStart amount currency version } }`;
const LIST = `query($filter: SalesTargetFilter) { salesTargets(filter: $filter) { id userId departmentId period periodStart amount currency } }`;

describe('sales targets through the API', () => {
  let server: TestServer;
  let f: Fixture;
  let other: { id: string };
  const set = (token: string, input: Record<string, unknown>) =>
    server.gql(SET, { input: { period: 'MONTH', periodStart: '2026-01-01', amount: '1000', currency: 'CNY', ...input } }, token);
  const ok = async (token: string, input: Record<string, unknown>) => {
    const res = await set(token, input);
    expect(res.errors).toBeUndefined();
    return res.data!.setSalesTarget;
  };
  const badFields = async (input: Record<string, unknown>) => {
    const res = await set(f.admin.token, input);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors![0].extensions!.fields as { field: string }[]).map((e) => e.field);
  };
  const list = async (token: string, filter: Record<string, unknown> = {}) => {
    const res = await server.gql(LIST, { filter }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.salesTargets as { id: string; userId: string | null; departmentId: string | null; amount: string }[];
  };

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedDashboard(server);
    other = await makeDepartment(server.db.prisma, { name: 'Elsewhere' });
  });
  afterAll(() => server.close());

  it('upserts one target per owner, period and start, audited as SalesTarget', async () => {
    const first = await ok(f.admin.token, { userId: f.repA.id, amount: '1000.5', currency: 'usd' });
    expect(first).toMatchObject({ userId: f.repA.id, departmentId: null, period: 'MONTH', periodStart: '2026-01-01', amount: '1000.50', currency: 'USD', version: 1 });
    const second = await ok(f.admin.token, { userId: f.repA.id, amount: '1200', currency: 'USD' });
    expect(second).toMatchObject({ id: first.id, amount: '1200.00', version: 2 });
    const quarter = await ok(f.admin.token, { userId: f.repA.id, period: 'QUARTER', periodStart: '2026-04-01', amount: '0' });
    expect(quarter.id).not.toBe(first.id);
    const audit = await server.db.prisma.auditLog.findMany({ where: { entity: 'SalesTarget', entityId: first.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['CREATED', 'UPDATED']);
    expect(audit[1]!.changes).toEqual([{ field: 'amount', from: '1000.50', to: '1200.00' }]);
  });

  it('names the offending field', async () => {
    expect(await badFields({ userId: f.repA.id, periodStart: '2026-01-15' })).toEqual(['input.periodStart']);
    expect(await badFields({ userId: f.repA.id, period: 'QUARTER', periodStart: '2026-02-01' })).toEqual(['input.periodStart']);
    expect(await badFields({ userId: f.repA.id, departmentId: f.east.id })).toEqual(['input.userId']);
    expect(await badFields({})).toEqual(['input.userId']);
    expect(await badFields({ userId: f.repA.id, amount: '-1' })).toEqual(['input.amount']);
    expect(await badFields({ userId: f.repA.id, amount: '1.234' })).toEqual(['input.amount']);
    expect(await badFields({ userId: f.repA.id, currency: 'XYZ' })).toEqual(['input.currency']);
    expect(await badFields({ departmentId: crypto.randomUUID() })).toEqual(['input.departmentId']);
  });

  it('managers set targets only inside their subtree; reps not at all', async () => {
    expect((await ok(f.manager.token, { userId: f.repA.id, periodStart: '2026-02-01', amount: '500' })).amount).toBe('500.00');
    expect((await ok(f.manager.token, { departmentId: f.east.id, periodStart: '2026-02-01', amount: '9000' })).departmentId).toBe(f.east.id);
    for (const input of [{ userId: f.repB.id }, { departmentId: other.id }]) {
      expect((await set(f.manager.token, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await set(f.repA.token, { userId: f.repA.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists by scope: a rep never sees another rep’s target', async () => {
    const repB = await ok(f.admin.token, { userId: f.repB.id, periodStart: '2026-03-01', amount: '700' });
    await ok(f.admin.token, { departmentId: other.id, periodStart: '2026-03-01', amount: '800' });
    const ids = (rows: { userId: string | null; departmentId: string | null }[]) => new Set(rows.map((r) => r.userId ?? r.departmentId));
    expect(ids(await list(f.repA.token))).toEqual(new Set([f.repA.id]));
    expect(ids(await list(f.repB.token))).toEqual(new Set([f.repB.id]));
    expect(ids(await list(f.manager.token))).toEqual(new Set([f.repA.id, f.east.id]));
    expect(ids(await list(f.admin.token))).toEqual(new Set([f.repA.id, f.repB.id, f.east.id, other.id]));
    expect((await list(f.repA.token, { userId: f.repB.id }))).toEqual([]);
    expect((await list(f.admin.token, { period: 'QUARTER', from: '2026-04-01', to: '2026-06-30' })).map((t) => t.amount)).toEqual(['0.00']);
    // deleting: outside the scope is not found; inside it, removed and audited
    const del = (token: string, id: string) => server.gql('mutation($id: ID!) { deleteSalesTarget(id: $id) }', { id }, token);
    expect((await del(f.manager.token, repB.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await del(f.admin.token, repB.id)).data?.deleteSalesTarget).toBe(true);
    expect(await server.db.prisma.auditLog.count({ where: { entity: 'SalesTarget', entityId: repB.id, action: 'DELETED' } })).toBe(1);
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { JAN, STATEMENT, STATEMENTS, seedCommissions } from './commission-fixture.ts';

type Fixture = Awaited<ReturnType<typeof seedCommissions>>;

/** Live statements through the API: hand-computed tiers, conversion, period bounds and who sees what. */
describe('commission statements through the API', () => {
  let server: TestServer;
  let f: Fixture;
  const statements = async (token: string, p = JAN) => {
    const res = await server.gql(STATEMENTS, { p }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.commissionStatements as { userId: string; closed: boolean; won: { amount: string }; commission: { amount: string }; dealCount: number; unconvertedCount: number; lines: null; progress: { currentRatePercent: string; nextFrom: string | null; remaining: string | null } | null }[];
  };

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedCommissions(server);
  });
  afterAll(() => server.close());

  it('computes January per user: marginal and whole tiers, USD converted in SQL, AUD listed as unconverted, bounds exact', async () => {
    const rows = await statements(f.admin.token);
    const byUser = new Map(rows.map((r) => [r.userId, r]));
    // rep A: 80000 + 10000 USD × 7.1 + 199000 (31 Jan 23:59:59) = 350000 → 3000 + 10000 + 4000; 1 Feb, 31 Dec, deleted and lost deals excluded
    expect(byUser.get(f.repA.id)).toMatchObject({ closed: false, won: { amount: '350000.00' }, commission: { amount: '17000.00' }, dealCount: 4, unconvertedCount: 1, lines: null });
    expect(byUser.get(f.repA.id)!.progress).toEqual({ currentRatePercent: '8.00', nextFrom: null, remaining: null });
    // rep B: exactly at the 100000 boundary, marginal → 100000 × 3%
    expect(byUser.get(f.repB.id)).toMatchObject({ won: { amount: '100000.00' }, commission: { amount: '3000.00' }, dealCount: 1 });
    expect(byUser.get(f.repB.id)!.progress).toEqual({ currentRatePercent: '5.00', nextFrom: '300000.00', remaining: '200000.00' });
    // the manager's WHOLE plan: 20000 × 1%
    expect(byUser.get(f.manager.id)).toMatchObject({ won: { amount: '20000.00' }, commission: { amount: '200.00' } });
    expect(byUser.get(f.repC.id)).toMatchObject({ won: { amount: '0.00' }, commission: { amount: '0.00' }, dealCount: 0 });
    expect(byUser.has(f.admin.id)).toBe(false); // no plan for admins
    expect(rows.map((r) => r.userId)).toEqual([f.repA.id, f.repB.id, f.manager.id, f.repC.id]); // highest commission first
  });

  it('lists each deal with the commission attributed in closing order, summing to the total', async () => {
    const res = await server.gql(STATEMENT, { u: f.repA.id, p: JAN }, f.repA.token);
    expect(res.errors).toBeUndefined();
    const s = res.data!.commissionStatement;
    expect(s.lines.map((l: { opportunityName: string; amount: { amount: string } | null; commission: { amount: string }; unconverted: boolean }) =>
      [l.opportunityName, l.amount?.amount ?? null, l.commission.amount, l.unconverted])).toEqual([
      ['A1 机床', '80000.00', '2400.00', false], // 80000 × 3%
      ['A2 USD', '71000.00', '3150.00', false], // cumulative 151000 → 5550
      ['A3 AUD', null, '0.00', true], // no AUD rate: listed, not dropped, earns nothing
      ['A4 last second', '199000.00', '11450.00', false], // cumulative 350000 → 17000
    ]);
    expect(s.lines[1].originalAmount).toEqual({ amount: '10000.00', currency: 'USD' });
    expect(s.lines[2].originalAmount).toEqual({ amount: '5000.00', currency: 'AUD' });
    expect(s.commission.amount).toBe('17000.00');
  });

  it('a rep sees only their own statement; another rep’s is NOT_FOUND', async () => {
    expect((await statements(f.repA.token)).map((r) => r.userId)).toEqual([f.repA.id]);
    expect((await statements(f.repB.token)).map((r) => r.userId)).toEqual([f.repB.id]);
    const other = await server.gql(STATEMENT, { u: f.repB.id, p: JAN }, f.repA.token);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(other)).not.toContain('100000');
  });

  it('a manager sees their subtree only: never commission from deals outside it', async () => {
    const rows = await statements(f.manager.token);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([f.repA.id, f.repC.id, f.manager.id]));
    expect((await server.gql(STATEMENT, { u: f.repB.id, p: JAN }, f.manager.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const a = (await server.gql(STATEMENT, { u: f.repA.id, p: JAN }, f.manager.token)).data!.commissionStatement;
    expect(a.commission.amount).toBe('17000.00');
  });

  it('other months, bad months and users without a plan', async () => {
    const feb = await statements(f.admin.token, '2026-02-01');
    expect(feb.find((r) => r.userId === f.repA.id)).toMatchObject({ won: { amount: '50000.00' }, commission: { amount: '1500.00' } });
    const bad = await server.gql(STATEMENTS, { p: '2026-01-15' }, f.admin.token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields).toEqual([{ field: 'periodStart', message: 'must be the first day of a month' }]);
    expect((await server.gql(STATEMENT, { u: f.admin.id, p: JAN }, f.admin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('partners and service staff cannot read commission at all', async () => {
    const agent = await server.signIn('SERVICE_AGENT');
    expect((await server.gql(STATEMENTS, { p: JAN }, agent.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

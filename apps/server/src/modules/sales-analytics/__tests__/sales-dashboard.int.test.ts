import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { DASHBOARD, PERIOD, seedDashboard } from './dashboard-fixture.ts';

type Fixture = Awaited<ReturnType<typeof seedDashboard>>;

describe('sales dashboard through the API', () => {
  let server: TestServer;
  let f: Fixture;
  const dashboard = async (token: string, filter: Record<string, unknown> = {}) => {
    const res = await server.gql(DASHBOARD, { filter: { ...PERIOD, ...filter } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.salesDashboard;
  };
  const funnelOf = (d: any) => Object.fromEntries(d.funnel.map((s: any) => [s.kind === 'OPEN' ? s.stageId : s.kind, [s.count, s.amount, s.unconvertedCount]]));

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedDashboard(server);
  });
  afterAll(() => server.close());

  it('admin: funnel per active stage with amounts converted into the base currency', async () => {
    const d = await dashboard(f.admin.token);
    expect(d).toMatchObject({ currency: 'CNY', baseCurrency: 'CNY', from: PERIOD.from, to: PERIOD.to });
    expect(d.funnel.map((s: any) => s.kind)).toEqual(['OPEN', 'OPEN', 'OPEN', 'OPEN', 'WON', 'LOST']);
    expect(funnelOf(d)).toEqual({
      [f.stages.qual.id]: [1, '333.33', 0],
      [f.stages.needs.id]: [1, '0.00', 1],
      [f.stages.proposal.id]: [2, '12100.00', 0], // 1000 USD × 7.1 + 5000 CNY
      [f.stages.negotiation.id]: [1, '500.00', 0],
      WON: [2, '12506.11', 0], // 1234.56 EUR × 7.7 = 9506.112 → 9506.11, + 3000
      LOST: [1, '200.00', 0],
    });
    expect(d.unconverted).toEqual([{ currency: 'AUD', count: 1 }]);
    expect(d.unconvertedCount).toBe(1);
  });

  it('admin: forecast is weighted / commit / best case / won, hand-computed', async () => {
    const d = await dashboard(f.admin.token);
    expect(d.forecast).toEqual({
      weighted: '6458.33', // 3550 + 375 + 33.33 + 2500
      commit: '13006.11', // 500 (≥ 75%) + 12506.11 won
      bestCase: '25439.44', // 7100 + 500 + 333.33 + 5000 open + 12506.11 won
      won: '12506.11',
      openCount: 5,
      wonCount: 2,
      unconvertedCount: 1,
    });
    expect(d.revenueByMonth).toEqual([
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31', count: 0, amount: '0.00', unconvertedCount: 0 },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-28', count: 1, amount: '9506.11', unconvertedCount: 0 },
      { month: '2026-03', from: '2026-03-01', to: '2026-03-31', count: 1, amount: '3000.00', unconvertedCount: 0 },
    ]);
    expect(d.topCustomers).toEqual([
      { customerId: f.custA.id, customerName: 'Customer A', count: 1, amount: '9506.11', unconvertedCount: 0 },
      { customerId: f.custB.id, customerName: 'Customer B', count: 1, amount: '3000.00', unconvertedCount: 0 },
    ]);
    expect(d.leadConversionBySource).toEqual([
      { source: 'WEB_FORM', total: 5, converted: 1, rate: 0.2 },
      { source: 'REFERRAL', total: 1, converted: 1, rate: 1 },
    ]);
  });

  it('rep: only their own deals and leads, never another rep’s', async () => {
    const d = await dashboard(f.repA.token);
    expect(d.pipelineByCloseMonth).toEqual([
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31', count: 2, amount: '7600.00', weightedAmount: '3925.00', unconvertedCount: 0 },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-28', count: 1, amount: '333.33', weightedAmount: '33.33', unconvertedCount: 0 },
      { month: '2026-03', from: '2026-03-01', to: '2026-03-31', count: 1, amount: '0.00', weightedAmount: '0.00', unconvertedCount: 1 },
    ]);
    expect(d.forecast).toMatchObject({ weighted: '3958.33', commit: '10006.11', bestCase: '17439.44', won: '9506.11', openCount: 4, wonCount: 1 });
    expect(d.winRateByOwner).toEqual([
      { ownerId: f.repA.id, ownerName: 'Rep A', won: 1, lost: 1, winRate: 0.5, avgCycleDays: 30, wonAmount: '9506.11', unconvertedCount: 0 },
    ]);
    expect(funnelOf(d)[f.stages.proposal.id]).toEqual([1, '7100.00', 0]);
    expect(d.topCustomers.map((c: any) => c.customerId)).toEqual([f.custA.id]);
    expect(d.leadConversionBySource).toEqual([
      { source: 'WEB_FORM', total: 3, converted: 1, rate: 0.3333 },
      { source: 'REFERRAL', total: 1, converted: 1, rate: 1 },
    ]);
    // filtering by the other rep does not widen the scope
    const other = await dashboard(f.repA.token, { ownerId: f.repB.id });
    expect(other.forecast).toMatchObject({ bestCase: '0.00', won: '0.00', openCount: 0 });
    expect(other.winRateByOwner).toEqual([]);
  });

  it('admin sees both reps in win rates; B’s cycle is 9 days', async () => {
    const d = await dashboard(f.admin.token);
    expect(d.winRateByOwner.map((o: any) => [o.ownerName, o.won, o.lost, o.winRate, o.avgCycleDays])).toEqual([
      ['Rep A', 1, 1, 0.5, 30],
      ['Rep B', 1, 0, 1, 9],
    ]);
  });

  it('manager: the department subtree (rep A), not rep B; department and territory filters agree', async () => {
    const mine = await dashboard(f.repA.token);
    const managed = await dashboard(f.manager.token);
    expect(managed.forecast).toEqual(mine.forecast);
    expect(managed.winRateByOwner.map((o: any) => o.ownerId)).toEqual([f.repA.id]);
    const byDept = await dashboard(f.admin.token, { departmentId: f.east.id });
    expect(byDept.forecast).toEqual(mine.forecast);
    expect(byDept.leadConversionBySource).toEqual(mine.leadConversionBySource);
    const byTerritory = await dashboard(f.admin.token, { territoryId: f.region.id });
    expect(byTerritory.forecast.won).toBe('9506.11');
  });

  it('shows money in another currency: converted through the base, rounded to cents', async () => {
    const d = await dashboard(f.repA.token, { currency: 'usd' });
    expect(d.currency).toBe('USD');
    expect(funnelOf(d)[f.stages.proposal.id]).toEqual([1, '1000.00', 0]);
    expect(funnelOf(d)[f.stages.negotiation.id]).toEqual([1, '70.42', 0]); // 500 / 7.1 = 70.4225…
  });

  it('bad input names the field', async () => {
    const fieldOf = async (filter: Record<string, unknown>) => {
      const res = await server.gql(DASHBOARD, { filter: { ...PERIOD, ...filter } }, f.admin.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.fields!.map((e) => e.field);
    };
    expect(await fieldOf({ from: '2026-03-01', to: '2026-02-01' })).toEqual(['filter.to']);
    expect(await fieldOf({ currency: 'XYZ' })).toEqual(['filter.currency']);
    expect(await fieldOf({ currency: 'AUD' })).toEqual(['filter.currency']); // supported, but no rate
    expect(await fieldOf({ ownerId: 'nope' })).toEqual(['filter.ownerId']);
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { PERIOD, seedDashboard } from './dashboard-fixture.ts';

type Fixture = Awaited<ReturnType<typeof seedDashboard>>;
const QUERY = `query($filter: ForecastVsTargetFilter!) { forecastVsTarget(filter: $filter) { currency period from to
  periods { period from to target won weighted commit bestCase attainment openCount wonCount unconvertedCount targetUnconvertedCount } } }`;
const SET = `mutation($input: SetSalesTargetInput!) { setSalesTarget(input: $input) { id } }`;

describe('forecast against target through the API', () => {
  let server: TestServer;
  let f: Fixture;
  const forecast = async (token: string, filter: Record<string, unknown> = {}) => {
    const res = await server.gql(QUERY, { filter: { ...PERIOD, ...filter } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.forecastVsTarget;
  };
  const pick = (rows: any[], keys: string[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedDashboard(server);
    const targets: Record<string, unknown>[] = [
      { userId: f.repA.id, periodStart: '2026-01-01', amount: '1000', currency: 'USD' }, // 7100.00 CNY
      { userId: f.repA.id, periodStart: '2026-02-01', amount: '8000', currency: 'CNY' },
      { userId: f.repA.id, periodStart: '2026-03-01', amount: '100', currency: 'AUD' }, // no rate: counted, not converted
      { userId: f.repB.id, periodStart: '2026-01-01', amount: '5000', currency: 'CNY' },
      { userId: f.repB.id, periodStart: '2026-03-01', amount: '500', currency: 'EUR' }, // 3850.00 CNY
      { departmentId: f.east.id, periodStart: '2026-02-01', amount: '20000', currency: 'CNY' },
      { userId: f.repA.id, period: 'QUARTER', periodStart: '2026-01-01', amount: '30000', currency: 'CNY' },
    ];
    for (const t of targets) {
      const res = await server.gql(SET, { input: { period: 'MONTH', ...t } }, f.admin.token);
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => server.close());

  it('admin, per month: users’ targets against the dashboard’s forecast figures', async () => {
    const d = await forecast(f.admin.token);
    expect(d).toMatchObject({ currency: 'CNY', period: 'MONTH', from: PERIOD.from, to: PERIOD.to });
    expect(d.periods).toEqual([
      // 1000 USD × 7.1 + 5000; weighted 3550 + 375 + 2500; commit 500 (≥ 75%); best case 7100 + 500 + 5000
      { period: '2026-01', from: '2026-01-01', to: '2026-01-31', target: '12100.00', won: '0.00', weighted: '6425.00', commit: '500.00',
        bestCase: '12600.00', attainment: 0, openCount: 3, wonCount: 0, unconvertedCount: 0, targetUnconvertedCount: 0 },
      // won 1234.56 EUR × 7.7 = 9506.11; 9506.11 / 8000 = 1.1883 (the department target is not added)
      { period: '2026-02', from: '2026-02-01', to: '2026-02-28', target: '8000.00', won: '9506.11', weighted: '33.33', commit: '9506.11',
        bestCase: '9839.44', attainment: 1.1883, openCount: 1, wonCount: 1, unconvertedCount: 0, targetUnconvertedCount: 0 },
      // 500 EUR × 7.7 = 3850 (the AUD target is left out); 3000 / 3850 = 0.7792
      { period: '2026-03', from: '2026-03-01', to: '2026-03-31', target: '3850.00', won: '3000.00', weighted: '0.00', commit: '3000.00',
        bestCase: '3000.00', attainment: 0.7792, openCount: 1, wonCount: 1, unconvertedCount: 1, targetUnconvertedCount: 1 },
    ]);
  });

  it('converts targets and deals into the display currency in SQL', async () => {
    const d = await forecast(f.admin.token, { currency: 'USD', to: '2026-01-31' });
    // targets 1000 USD + 5000 / 7.1 = 704.23; weighted 1000 × 50% + 70.42 × 75% (52.82) + 704.23 × 50% (352.12)
    expect(pick(d.periods, ['period', 'target', 'weighted'])).toEqual([{ period: '2026-01', target: '1704.23', weighted: '904.94' }]);
  });

  it('per quarter: quarter targets only', async () => {
    const d = await forecast(f.admin.token, { period: 'QUARTER' });
    expect(d.periods).toEqual([
      { period: '2026-Q1', from: '2026-01-01', to: '2026-03-31', target: '30000.00', won: '12506.11', weighted: '6458.33', commit: '13006.11',
        bestCase: '25439.44', attainment: 0.4169, openCount: 5, wonCount: 2, unconvertedCount: 1, targetUnconvertedCount: 0 },
    ]);
  });

  it('department filter: its own target when set, else the sum of its users’ targets', async () => {
    const d = await forecast(f.admin.token, { departmentId: f.east.id });
    expect(pick(d.periods, ['period', 'target', 'won', 'attainment'])).toEqual([
      { period: '2026-01', target: '7100.00', won: '0.00', attainment: 0 },
      { period: '2026-02', target: '20000.00', won: '9506.11', attainment: 0.4753 },
      { period: '2026-03', target: null, won: '0.00', attainment: null },
    ]);
  });

  it('rep: own targets and deals only, never another rep’s', async () => {
    const mine = await forecast(f.repA.token);
    expect(pick(mine.periods, ['period', 'target', 'won', 'weighted', 'commit', 'bestCase', 'attainment', 'targetUnconvertedCount'])).toEqual([
      { period: '2026-01', target: '7100.00', won: '0.00', weighted: '3925.00', commit: '500.00', bestCase: '7600.00', attainment: 0, targetUnconvertedCount: 0 },
      { period: '2026-02', target: '8000.00', won: '9506.11', weighted: '33.33', commit: '9506.11', bestCase: '9839.44', attainment: 1.1883, targetUnconvertedCount: 0 },
      { period: '2026-03', target: null, won: '0.00', weighted: '0.00', commit: '0.00', bestCase: '0.00', attainment: null, targetUnconvertedCount: 1 },
    ]);
    const theirs = await forecast(f.repA.token, { ownerId: f.repB.id });
    expect(theirs.periods.every((p: any) => p.target === null && p.won === '0.00' && p.bestCase === '0.00')).toBe(true);
    const manager = await forecast(f.manager.token);
    expect(pick(manager.periods, ['target', 'won'])).toEqual([
      { target: '7100.00', won: '0.00' },
      { target: '8000.00', won: '9506.11' },
      { target: null, won: '0.00' },
    ]);
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { DASHBOARD, PERIOD, seedDashboard } from '../../sales-analytics/__tests__/dashboard-fixture.ts';

const LIST = `query($filter: OpportunityFilter) { opportunities(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;

/**
 * The dashboard's drill-downs carry departmentId/territoryId to the opportunity list; the list
 * must select the same deals the dashboard counted (subtrees included, viewer scope on top).
 */
describe('opportunity list department and territory filters match the dashboard', () => {
  let server: TestServer;
  let f: Awaited<ReturnType<typeof seedDashboard>>;
  const listCount = async (token: string, filter: Record<string, unknown>) => {
    const res = await server.gql(LIST, { filter }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.opportunities.totalCount as number;
  };
  const dashboard = async (token: string, dims: Record<string, unknown>) => {
    const res = await server.gql(DASHBOARD, { filter: { ...PERIOD, ...dims } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.salesDashboard;
  };
  /** What the dashboard's forecast card drills into: open deals expected in the period, deals won in it. */
  const drills = (dims: Record<string, unknown>) => [
    { status: 'OPEN', expectedCloseFrom: PERIOD.from, expectedCloseTo: PERIOD.to, ...dims },
    { status: 'WON', closedFrom: PERIOD.from, closedTo: PERIOD.to, ...dims },
  ];

  const managerDepartment = async () => (await server.db.prisma.user.findUniqueOrThrow({ where: { id: f.manager.id } })).departmentId;

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedDashboard(server);
  });
  afterAll(() => server.close());

  it.each([
    ['territory (a region: its cities count)', async () => ({ territoryId: f.region.id })],
    ['department (the manager’s: its sub-department counts)', async () => ({ departmentId: await managerDepartment() })],
    ['a leaf department and territory together', async () => ({ territoryId: f.region.id, departmentId: f.east.id })],
  ])('%s: forecast open and won counts equal the list totals', async (_name, dimsOf) => {
    const dims = await dimsOf();
    for (const who of [f.admin, f.manager, f.repA, f.repB]) {
      const { forecast, funnel } = await dashboard(who.token, dims);
      const [open, wonDrill] = drills(dims);
      expect(await listCount(who.token, open!)).toBe(forecast.openCount);
      expect(await listCount(who.token, wonDrill!)).toBe(forecast.wonCount);
      // each funnel stage drills into its deals
      for (const stage of funnel as { stageId: string; kind: string; count: number }[]) {
        const filter = stage.kind === 'OPEN'
          ? { ...open, stageIds: [stage.stageId] }
          : { status: stage.kind, closedFrom: PERIOD.from, closedTo: PERIOD.to, stageIds: [stage.stageId], ...dims };
        expect(await listCount(who.token, filter)).toBe(stage.count);
      }
    }
  });

  it('the board (SQL twin of the list filter) shows the same deals per stage as the list', async () => {
    const BOARD = `query($filter: OpportunityFilter) { opportunityBoard(filter: $filter) { columns { stage { id } totalCount } } }`;
    for (const dims of [{ territoryId: f.region.id }, { departmentId: await managerDepartment() }, { departmentId: f.east.id, territoryId: f.region.id }]) {
      for (const who of [f.admin, f.manager, f.repB]) {
        const res = await server.gql(BOARD, { filter: dims }, who.token);
        expect(res.errors).toBeUndefined();
        for (const col of res.data!.opportunityBoard.columns as { stage: { id: string }; totalCount: number }[]) {
          expect(await listCount(who.token, { ...dims, stageIds: [col.stage.id] })).toBe(col.totalCount);
        }
      }
    }
  });

  it('hand-computed: the region holds rep A’s four open deals of the period; rep B’s are elsewhere', async () => {
    expect(await listCount(f.admin.token, drills({ territoryId: f.region.id })[0]!)).toBe(4);
    expect(await listCount(f.admin.token, drills({})[0]!)).toBe(5);
    expect(await listCount(f.repB.token, { territoryId: f.region.id })).toBe(0);
    // all of rep A's live deals (the deleted one excluded), in the East department below Sales
    expect(await listCount(f.admin.token, { departmentId: f.east.id })).toBe(7);
    expect(await listCount(f.admin.token, { departmentId: await managerDepartment() })).toBe(7);
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';
import { BOARD, GET, LIST, stageIds } from './opportunity-api.ts';

/**
 * Deals are visible by ownership (§5): a rep sees their own, a manager their department
 * subtree, an admin all. Detail, lists, counts, board counts and board totals agree, and the
 * totals match sums worked out by hand.
 */
describe('opportunity visibility and board totals', () => {
  let server: TestServer;
  const t: Record<string, string> = {};
  let stage: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    await ensureDefaultStages(db);
    const sales = await makeDepartment(db, { name: 'Sales' });
    const north = await makeDepartment(db, { name: 'North', parentId: sales.id });
    const east = await makeDepartment(db, { name: 'East', parentId: sales.id });
    const repNorth = await server.signIn('SALES_REP', { departmentId: north.id });
    const repEast = await server.signIn('SALES_REP', { departmentId: east.id });
    Object.assign(t, {
      repNorth: repNorth.token, repEast: repEast.token,
      managerNorth: (await server.signIn('SALES_MANAGER', { departmentId: north.id })).token,
      director: (await server.signIn('SALES_MANAGER', { departmentId: sales.id })).token,
      admin: (await server.signIn('ADMIN')).token,
      agent: (await server.signIn('SERVICE_AGENT')).token,
    });
    stage = await stageIds(server, t.admin);
    const customer = (await makeCustomer(db, { name: 'Shared Co' })).id;
    const deal = (ownerId: string, stageId: string, amount: string, currency: string, name: string) =>
      makeOpportunity(db, { customerId: customer, ownerId, stageId, amount, currency, name: `可见 ${name}` });
    // north: Qualification 0.10 + 0.20 CNY, 100 USD; Proposal 12345.67 CNY
    await deal(repNorth.id, stage.Qualification, '0.10', 'CNY', 'N1');
    await deal(repNorth.id, stage.Qualification, '0.20', 'CNY', 'N2');
    await deal(repNorth.id, stage.Qualification, '100.00', 'USD', 'N3');
    await deal(repNorth.id, stage.Proposal, '12345.67', 'CNY', 'N4');
    // east: Qualification 999999.99 CNY; Won 5000 EUR
    await deal(repEast.id, stage.Qualification, '999999.99', 'CNY', 'E1');
    t.eastWon = (await deal(repEast.id, stage.Won, '5000.00', 'EUR', 'E2')).id;
  });
  afterAll(() => server.close());

  const board = async (token: string) => {
    const res = await server.gql(BOARD, { filter: { search: '可见' } }, token);
    expect(res.errors).toBeUndefined();
    const byStage: Record<string, { count: number; totals: string[]; cards: number }> = {};
    for (const c of res.data!.opportunityBoard.columns) {
      byStage[c.stage.name.split(' ')[1]] = { count: c.totalCount, totals: c.totals.map((m: any) => `${m.amount} ${m.currency}`), cards: c.opportunities.length };
    }
    return byStage;
  };
  const listTotal = async (token: string) => (await server.gql(LIST, { filter: { search: '可见' } }, token)).data!.opportunities.totalCount;

  it('shows a rep only their deals: list, count, board counts and totals', async () => {
    expect(await listTotal(t.repNorth)).toBe(4);
    const b = await board(t.repNorth);
    expect(b.Qualification).toEqual({ count: 3, totals: ['100.00 USD', '0.30 CNY'], cards: 3 });
    expect(b.Proposal).toEqual({ count: 1, totals: ['12345.67 CNY'], cards: 1 });
    expect(b.Won).toEqual({ count: 0, totals: [], cards: 0 });
    expect(JSON.stringify(b)).not.toContain('999999.99');
  });

  it('answers NOT_FOUND for another rep’s deal, with no data', async () => {
    const res = await server.gql(GET, { id: t.eastWon }, t.repNorth);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
    const managerRes = await server.gql(GET, { id: t.eastWon }, t.managerNorth);
    expect(managerRes.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const move = await server.gql('mutation($id: ID!, $s: ID!) { moveOpportunity(id: $id, input: { version: 1, stageId: $s }) { id } }', { id: t.eastWon, s: stage.Proposal }, t.repNorth);
    expect(move.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a manager their department and a director the subtree', async () => {
    expect(await listTotal(t.managerNorth)).toBe(4);
    expect(await listTotal(t.director)).toBe(6);
    const b = await board(t.director);
    expect(b.Qualification).toEqual({ count: 4, totals: ['1000000.29 CNY', '100.00 USD'], cards: 4 });
    expect(b.Won).toEqual({ count: 1, totals: ['5000.00 EUR'], cards: 1 });
    // 0.10 + 0.20 + 999999.99 = 1000000.29 exactly, no float drift
    expect((await board(t.admin)).Qualification.totals).toEqual(['1000000.29 CNY', '100.00 USD']);
  });

  it('lists the customer’s deals the viewer may see on the customer', async () => {
    const q = '{ customers(filter: { search: "Shared Co" }) { edges { node { opportunities { totalCount } } } } }';
    expect((await server.gql(q, {}, t.admin)).data!.customers.edges[0].node.opportunities.totalCount).toBe(6);
    const admins = await server.gql(LIST, { filter: { search: '可见', status: 'WON' } }, t.admin);
    expect(admins.data!.opportunities.totalCount).toBe(1);
  });

  it('denies roles without opportunity:read', async () => {
    const res = await server.gql(BOARD, {}, t.agent);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('limits cards per column but not the counts', async () => {
    const res = await server.gql(BOARD, { filter: { search: '可见' }, perStage: 1 }, t.admin);
    const q = res.data!.opportunityBoard.columns.find((c: any) => c.stage.id === stage.Qualification);
    expect([q.totalCount, q.opportunities.length]).toEqual([4, 1]);
    const tooMany = await server.gql(BOARD, { perStage: 500 }, t.admin);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

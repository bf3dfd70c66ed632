import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { seedTerritories } from './territory-fixture.ts';

const TREE = `{ territoryTree { id name parentId depth customerCount totalCustomerCount openDealCount totalOpenDealCount
  openPipeline { amount currency } totalOpenPipeline { amount currency } unconvertedCount reps { id name } } }`;

type Node = {
  id: string; name: string; depth: number; customerCount: number; totalCustomerCount: number; openDealCount: number; totalOpenDealCount: number;
  openPipeline: { amount: string; currency: string }; totalOpenPipeline: { amount: string }; unconvertedCount: number; reps: { id: string }[];
};

describe('territory tree with scoped totals', () => {
  let server: TestServer;
  let f: Awaited<ReturnType<typeof seedTerritories>>;
  const tree = async (token: string) => {
    const res = await server.gql<{ territoryTree: Node[] }>(TREE, {}, token);
    expect(res.errors).toBeUndefined();
    return res.data!.territoryTree;
  };
  /** name → [own customers, total customers, own open amount, total open amount, own deals, total deals, unconverted] */
  const figures = (nodes: Node[]) =>
    Object.fromEntries(nodes.map((n) => [n.name, [n.customerCount, n.totalCustomerCount, n.openPipeline.amount, n.totalOpenPipeline.amount, n.openDealCount, n.totalOpenDealCount, n.unconvertedCount]]));

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedTerritories(server);
  });
  afterAll(() => server.close());

  it('lists depth-first with depth, siblings by name', async () => {
    const nodes = await tree(f.admin.token);
    expect(nodes.map((n) => `${n.depth}:${n.name}`)).toEqual(['0:East', '1:Jiangsu', '2:Suzhou', '1:Shanghai', '0:North']);
    expect(nodes[0]!.openPipeline.currency).toBe('CNY');
  });

  it('admins: own and descendant totals, hand-computed (open stages only, USD converted, AUD counted not converted)', async () => {
    expect(figures(await tree(f.admin.token))).toEqual({
      // Shanghai: SH A + SH B; 1000 + 100 USD × 7.1 (710) + 2000 = 3710.00 (the won 500 is not open)
      Shanghai: [2, 2, '3710.00', '3710.00', 3, 3, 0],
      // Suzhou: 300.50 (the deleted 999 is not counted)
      Suzhou: [1, 1, '300.50', '300.50', 1, 1, 0],
      // Jiangsu: the pool customer and its 50 AUD deal (no rate); with Suzhou below it
      Jiangsu: [1, 2, '0.00', '300.50', 1, 2, 1],
      // East: its own customer (400) + Shanghai + Jiangsu subtree: 400 + 3710 + 300.50 = 4410.50
      East: [1, 5, '400.00', '4410.50', 1, 6, 1],
      // North: the deleted customer does not count
      North: [1, 1, '7.00', '7.00', 1, 1, 0],
    });
  });

  it('a rep counts only what they may see: own and pool customers, own deals', async () => {
    expect(figures(await tree(f.repA.token))).toEqual({
      Shanghai: [1, 1, '1710.00', '1710.00', 2, 2, 0],
      Suzhou: [1, 1, '300.50', '300.50', 1, 1, 0],
      Jiangsu: [1, 2, '0.00', '300.50', 0, 1, 0],
      East: [0, 3, '0.00', '2010.50', 0, 3, 0],
      North: [0, 0, '7.00', '7.00', 1, 1, 0],
    });
    expect(figures(await tree(f.repB.token))).toEqual({
      Shanghai: [1, 1, '2000.00', '2000.00', 1, 1, 0],
      Suzhou: [0, 0, '0.00', '0.00', 0, 0, 0],
      Jiangsu: [1, 1, '0.00', '0.00', 1, 1, 1],
      East: [1, 3, '400.00', '2400.00', 1, 3, 1],
      North: [1, 1, '0.00', '0.00', 0, 0, 0],
    });
    // the manager's subtree holds rep A (and the manager), so the same figures as rep A
    expect(figures(await tree(f.manager.token))).toEqual(figures(await tree(f.repA.token)));
  });

  it('shows the reps of each territory', async () => {
    const set = await server.gql('mutation($t: ID!, $u: [ID!]!) { setTerritoryReps(territoryId: $t, userIds: $u) { id } }', { t: f.shanghai.id, u: [f.repA.id, f.repB.id] }, f.admin.token);
    expect(set.errors).toBeUndefined();
    const nodes = await tree(f.repA.token);
    expect(new Set(nodes.find((n) => n.name === 'Shanghai')!.reps.map((r) => r.id))).toEqual(new Set([f.repA.id, f.repB.id]));
    expect(nodes.find((n) => n.name === 'East')!.reps).toEqual([]);
  });
});

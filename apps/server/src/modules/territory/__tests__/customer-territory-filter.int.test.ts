import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { seedTerritories } from './territory-fixture.ts';

const LIST = `query($filter: CustomerFilter) { customers(first: 50, filter: $filter, orderBy: { field: NAME, direction: ASC }) { totalCount edges { node { name } } } }`;

/** The customer list's territory filter covers the territory and every territory below it, like the dashboard's. */
describe('customer list filtered by territory', () => {
  let server: TestServer;
  let f: Awaited<ReturnType<typeof seedTerritories>>;
  const names = async (token: string, territoryId: string) => {
    const res = await server.gql<{ customers: { totalCount: number; edges: { node: { name: string } }[] } }>(LIST, { filter: { territoryId } }, token);
    expect(res.errors).toBeUndefined();
    return { total: res.data!.customers.totalCount, names: res.data!.customers.edges.map((e) => e.node.name) };
  };

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedTerritories(server);
  });
  afterAll(() => server.close());

  it('includes sub-territories, and stays within what the viewer may see', async () => {
    expect(await names(f.admin.token, f.suzhou.id)).toEqual({ total: 1, names: ['SZ A'] });
    expect(await names(f.admin.token, f.jiangsu.id)).toEqual({ total: 2, names: ['JS pool', 'SZ A'] });
    expect(await names(f.admin.token, f.east.id)).toEqual({ total: 5, names: ['East B', 'JS pool', 'SH A', 'SH B', 'SZ A'] });
    // rep A: own customers and the pool, never rep B's
    expect(await names(f.repA.token, f.east.id)).toEqual({ total: 3, names: ['JS pool', 'SH A', 'SZ A'] });
  });
});

import { makeContact, makeCustomer, makeDepartment, makePartner } from '../../../seed/factories.ts';
import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';

/**
 * Record visibility (§5): reps see their own customers and the pool, managers their
 * department subtree, admins everything, partner users only their company's records.
 * Lists, counts, search, detail, contacts and the filter lookups all agree.
 */
describe('record visibility by scope', () => {
  let server: TestServer;
  const t: Record<string, string> = {};
  const c: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    const sales = await makeDepartment(db, { name: 'Sales' });
    const north = await makeDepartment(db, { name: 'North', parentId: sales.id });
    const east = await makeDepartment(db, { name: 'East', parentId: sales.id });
    const partner = await makePartner(db);
    const repNorth = await server.signIn('SALES_REP', { departmentId: north.id });
    const repEast = await server.signIn('SALES_REP', { departmentId: east.id });
    Object.assign(t, {
      repNorth: repNorth.token,
      repEast: repEast.token,
      managerNorth: (await server.signIn('SALES_MANAGER', { departmentId: north.id })).token,
      director: (await server.signIn('SALES_MANAGER', { departmentId: sales.id })).token,
      admin: (await server.signIn('ADMIN')).token,
      partner: (await server.signIn('PARTNER', { partnerId: partner.id })).token,
      lonePartner: (await server.signIn('PARTNER')).token,
    });
    c.north = (await makeCustomer(db, { name: '可见性 北方 North', ownerId: repNorth.id, industry: 'Energy', tags: ['north-tag'] })).id;
    c.east = (await makeCustomer(db, { name: '可见性 东方 East', ownerId: repEast.id, industry: 'Retail', tags: ['east-tag'], partnerId: partner.id })).id;
    c.pool = (await makeCustomer(db, { name: '可见性 公海 Pool', industry: 'Food' })).id;
    await makeContact(db, c.north, { name: '可见性联系人 North' });
    await makeContact(db, c.east, { name: '可见性联系人 East' });
  });
  afterAll(() => server.close());

  const list = async (token: string) => {
    const res = await server.gql('{ customers(filter: { search: "可见性" }, orderBy: { field: NAME, direction: ASC }) { totalCount edges { node { id } } } }', {}, token);
    return { total: res.data!.customers.totalCount, ids: res.data!.customers.edges.map((e: any) => e.node.id).sort() };
  };
  const expectSees = async (token: string, keys: string[]) => {
    const expected = keys.map((k) => c[k]).sort();
    expect(await list(token)).toEqual({ total: expected.length, ids: expected });
  };

  it('reps see their own and the pool', () => expectSees(t.repNorth, ['north', 'pool']));
  it('a manager sees their department and the pool', () => expectSees(t.managerNorth, ['north', 'pool']));
  it('a manager of a parent department sees the whole subtree', () => expectSees(t.director, ['north', 'east', 'pool']));
  it('admins see everything', () => expectSees(t.admin, ['north', 'east', 'pool']));
  it('partner users see only their company’s customers, never the pool', () => expectSees(t.partner, ['east']));
  it('a partner user without a company sees nothing', () => expectSees(t.lonePartner, []));

  it('answers NOT_FOUND, with no data, for a customer outside the scope', async () => {
    for (const [token, id] of [[t.repNorth, c.east], [t.partner, c.north], [t.partner, c.pool], [t.managerNorth, c.east]]) {
      const res = await server.gql('query($id: ID!) { customer(id: $id) { name } }', { id }, token);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain('可见性');
    }
  });

  it('scopes contacts, their counts and lookups the same way', async () => {
    const contacts = await server.gql('{ contacts(filter: { search: "可见性联系人" }) { totalCount edges { node { name } } } }', {}, t.repEast);
    expect(contacts.data!.contacts).toEqual({ totalCount: 1, edges: [{ node: { name: '可见性联系人 East' } }] });
    const lookups = await server.gql('{ industries tags }', {}, t.repNorth);
    expect(lookups.data!.industries).toEqual(expect.arrayContaining(['Energy', 'Food']));
    expect(lookups.data!.industries).not.toContain('Retail');
    expect(lookups.data!.tags).toContain('north-tag');
    expect(lookups.data!.tags).not.toContain('east-tag');
  });

  it('does not let a rep edit or note a pool customer before claiming it', async () => {
    const res = await server.gql('mutation($id: ID!) { updateCustomer(id: $id, input: { version: 1, tier: KEY }) { id } }', { id: c.pool }, t.repNorth);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('does not let a rep give a customer to someone else', async () => {
    const me = await server.gql('{ me { user { id } } }', {}, t.repEast);
    const res = await server.gql('mutation($id: ID!, $owner: ID) { updateCustomer(id: $id, input: { version: 1, ownerId: $owner }) { id } }', { id: c.north, owner: me.data!.me.user.id }, t.repNorth);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

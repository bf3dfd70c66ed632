import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name version inPool owner { id } tags email } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id name version tier } }`;
const LIST = `query($first: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;

describe('customers through the API', () => {
  let server: TestServer;
  let rep: { id: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    rep = await server.signIn('SALES_REP');
  });
  afterAll(() => server.close());

  it('creates a customer owned by the creator, audited on its timeline', async () => {
    const res = await server.gql(CREATE, { input: { name: '北京星辰科技有限公司', tags: ['VIP', ' VIP '], email: 'Info@Star.example' } }, rep.token);
    expect(res.errors).toBeUndefined();
    const c = res.data!.createCustomer;
    expect(c).toMatchObject({ name: '北京星辰科技有限公司', version: 1, inPool: false, owner: { id: rep.id }, tags: ['VIP'], email: 'info@star.example' });
    const detail = await server.gql(`query($id: ID!) { customer(id: $id) { timeline { edges { node { kind actor { id } changes { field to } } } } } }`, { id: c.id }, rep.token);
    const entries = detail.data!.customer.timeline.edges.map((e: any) => e.node);
    expect(entries).toEqual([expect.objectContaining({ kind: 'CREATED', actor: { id: rep.id } })]);
    expect(entries[0].changes).toEqual(expect.arrayContaining([{ field: 'name', to: '北京星辰科技有限公司' }]));
  });

  it('finds customers by a Chinese substring, a phone fragment and an email fragment', async () => {
    await makeCustomer(server.db.prisma, { name: '上海华信物流有限公司', ownerId: rep.id, phone: '021-66668888' });
    await makeCustomer(server.db.prisma, { name: 'Blue River Systems', ownerId: rep.id, email: 'hello@blueriver.example' });
    const names = async (search: string) =>
      (await server.gql(LIST, { filter: { search } }, rep.token)).data!.customers.edges.map((e: any) => e.node.name);
    expect(await names('北京')).toEqual(['北京星辰科技有限公司']);
    expect(await names('星辰科技')).toEqual(['北京星辰科技有限公司']);
    expect(await names('6666')).toEqual(['上海华信物流有限公司']);
    expect(await names('blueriver')).toEqual(['Blue River Systems']);
    expect(await names('river sys')).toEqual(['Blue River Systems']);
    expect(await names('北京 上海')).toEqual([]);
  });

  it('warns about duplicates on create and creates anyway when confirmed', async () => {
    const dup = await server.gql(CREATE, { input: { name: '北京星辰科技有限公司' } }, rep.token);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    expect((dup.errors![0].extensions!.duplicates as any[])[0]).toMatchObject({ name: '北京星辰科技有限公司', matchedOn: ['name'] });
    const byEmail = await server.gql(`query { customerDuplicates(email: "INFO@star.example") { name matchedOn } }`, {}, rep.token);
    expect(byEmail.data!.customerDuplicates).toEqual([{ name: '北京星辰科技有限公司', matchedOn: ['email'] }]);
    const forced = await server.gql(CREATE, { input: { name: '北京星辰科技有限公司', allowDuplicate: true } }, rep.token);
    expect(forced.errors).toBeUndefined();
  });

  it('pages with cursors in a stable order and counts all matches', async () => {
    for (let i = 0; i < 7; i++) await makeCustomer(server.db.prisma, { name: `Paging Co ${i}`, ownerId: rep.id });
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: any = await server.gql(LIST, { first: 3, after, filter: { search: 'Paging Co' }, orderBy: { field: 'NAME', direction: 'ASC' } }, rep.token);
      const page = res.data.customers;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(7);
    expect(seen).toEqual([...Array(7).keys()].map((i) => `Paging Co ${i}`));
  });

  it('answers a stale version with CONFLICT and stores nothing', async () => {
    const created = (await server.gql(CREATE, { input: { name: 'Versioned Ltd' } }, rep.token)).data!.createCustomer;
    const first = await server.gql(UPDATE, { id: created.id, input: { version: 1, tier: 'KEY' } }, rep.token);
    expect(first.data!.updateCustomer).toMatchObject({ version: 2, tier: 'KEY' });
    const stale = await server.gql(UPDATE, { id: created.id, input: { version: 1, name: 'Overwritten' } }, rep.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const now = await server.gql(`query($id: ID!) { customer(id: $id) { name version } }`, { id: created.id }, rep.token);
    expect(now.data!.customer).toEqual({ name: 'Versioned Ltd', version: 2 });
  });

  it('rejects bad input naming the field, storing nothing', async () => {
    const before = await server.db.prisma.customer.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'input.name'],
      [{ name: 'x'.repeat(201) }, 'input.name'],
      [{ name: 'Ok', email: 'not-an-email' }, 'input.email'],
      [{ name: 'Ok', tier: 'PLATINUM' }, 'input.tier'],
      [{ name: 'Ok', ownerId: 'not-an-id' }, 'input.ownerId'],
      [{ name: 'Ok', tags: ['t'.repeat(51)] }, 'input.tags'],
    ];
    for (const [input, field] of cases) {
      const res = await server.gql(CREATE, { input }, rep.token);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(JSON.stringify(res.errors?.[0].extensions?.fields)).toContain(field);
    }
    const negative = await server.gql(LIST, { first: -1 }, rep.token);
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(negative.errors?.[0].extensions?.fields)).toContain('first');
    const badId = await server.gql(`query { customer(id: "42") { id } }`, {}, rep.token);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'is not a valid id' }] });
    expect(await server.db.prisma.customer.count()).toBe(before);
  });

  it('soft-deletes and restores, keeping history', async () => {
    const manager = await server.signIn('SALES_MANAGER');
    const created = (await server.gql(CREATE, { input: { name: 'Deletable GmbH' } }, manager.token)).data!.createCustomer;
    await server.gql(`mutation($id: ID!) { deleteCustomer(id: $id) { deletedAt } }`, { id: created.id }, manager.token);
    const active = await server.gql(LIST, { filter: { search: 'Deletable' } }, manager.token);
    expect(active.data!.customers.totalCount).toBe(0);
    const deleted = await server.gql(LIST, { filter: { search: 'Deletable', deleted: 'DELETED' } }, manager.token);
    expect(deleted.data!.customers.totalCount).toBe(1);
    const restored = await server.gql(`mutation($id: ID!) { restoreCustomer(id: $id) { deletedAt timeline { edges { node { kind } } } } }`, { id: created.id }, manager.token);
    expect(restored.data!.restoreCustomer.deletedAt).toBeNull();
    expect(restored.data!.restoreCustomer.timeline.edges.map((e: any) => e.node.kind)).toEqual(['RESTORED', 'DELETED', 'CREATED']);
  });

  it('adds notes to the timeline, newest first', async () => {
    const created = (await server.gql(CREATE, { input: { name: 'Noted Inc' } }, rep.token)).data!.createCustomer;
    const note = await server.gql(`mutation($id: ID!) { addCustomerNote(customerId: $id, body: "首次拜访，客户有兴趣") { kind body actor { id } } }`, { id: created.id }, rep.token);
    expect(note.data!.addCustomerNote).toEqual({ kind: 'NOTE', body: '首次拜访，客户有兴趣', actor: { id: rep.id } });
    const timeline = await server.gql(`query($id: ID!) { customer(id: $id) { timeline(first: 1) { pageInfo { hasNextPage } edges { node { kind } } } } }`, { id: created.id }, rep.token);
    expect(timeline.data!.customer.timeline).toEqual({ pageInfo: { hasNextPage: true }, edges: [{ node: { kind: 'NOTE' } }] });
  });
});

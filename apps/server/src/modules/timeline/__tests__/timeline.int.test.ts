import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer } from '../../../seed/factories.ts';
import { newId } from '../../../core/ids.ts';

const NOTE = `mutation($customerId: ID!, $body: String!, $contactId: ID) {
  addCustomerNote(customerId: $customerId, body: $body, contactId: $contactId) { id kind entity entityId at body changes { field } actor { id name } } }`;
const TIMELINE = `query($id: ID!, $first: Int, $after: String) { customer(id: $id) { timeline(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { cursor node { id kind entity entityId at body actor { id } changes { field from to } } } } } }`;

type User = { id: string; token: string };

describe('the customer timeline through the API', () => {
  let server: TestServer;
  let rep: User;
  let peer: User;

  beforeAll(async () => {
    server = await startTestServer();
    rep = await server.signIn('SALES_REP');
    peer = await server.signIn('SALES_REP');
  });
  afterAll(() => server.close());

  const timeline = async (id: string, vars: { first?: number; after?: string | null } = {}, token = rep.token) => {
    const res = await server.gql(TIMELINE, { id, ...vars }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.customer.timeline;
  };
  const entries = async (id: string, first = 100) => (await timeline(id, { first })).edges.map((e: any) => e.node);
  const ownCustomer = async () => (await makeCustomer(server.db.prisma, { ownerId: rep.id })).id;

  it('puts a note first on the timeline, with its author and trimmed body', async () => {
    const customer = await ownCustomer();
    // an older entry written without changes: the column's default ('{}') must still read as no changes
    await server.db.prisma.auditLog.create({ data: { id: newId(), action: 'CREATED', entity: 'Customer', entityId: customer, customerId: customer, createdAt: new Date(Date.now() - 60_000) } });
    const res = await server.gql(NOTE, { customerId: customer, body: '  首次拜访，客户对方案有兴趣  ' }, rep.token);
    expect(res.errors).toBeUndefined();
    const note = res.data!.addCustomerNote;
    expect(note).toMatchObject({ kind: 'NOTE', entity: 'Customer', entityId: customer, body: '首次拜访，客户对方案有兴趣', changes: [], actor: { id: rep.id } });
    const [first, second] = await entries(customer);
    expect(first).toEqual({ id: note.id, kind: 'NOTE', entity: 'Customer', entityId: customer, at: note.at, body: '首次拜访，客户对方案有兴趣', actor: { id: rep.id }, changes: [] });
    expect(second).toMatchObject({ kind: 'CREATED', body: null, changes: [] });
  });

  it('files a note about one of the customer’s contacts under that contact', async () => {
    const customer = await ownCustomer();
    const contact = (await makeContact(server.db.prisma, customer, { name: '王芳' })).id;
    const res = await server.gql(NOTE, { customerId: customer, body: '王总要报价单', contactId: contact }, rep.token);
    expect(res.data!.addCustomerNote).toMatchObject({ kind: 'NOTE', entity: 'Contact', entityId: contact });
    expect((await entries(customer))[0]).toMatchObject({ kind: 'NOTE', entity: 'Contact', entityId: contact, body: '王总要报价单' });

    const elsewhere = (await makeContact(server.db.prisma, await ownCustomer())).id;
    const wrong = await server.gql(NOTE, { customerId: customer, body: 'x', contactId: elsewhere }, rep.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'contactId', message: 'belongs to another customer' }] });
    const malformed = await server.gql(NOTE, { customerId: customer, body: 'x', contactId: 'nope' }, rep.token);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'contactId', message: 'is not a valid id' }] });
    expect(await entries(customer)).toHaveLength(1);
  });

  it('rejects an empty or over-long note naming the field, storing nothing', async () => {
    const customer = await ownCustomer();
    const notesBefore = await server.db.prisma.note.count();
    for (const body of ['', '   \n\t ', '长'.repeat(10_001)]) {
      const res = await server.gql(NOTE, { customerId: customer, body }, rep.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body', message: expect.any(String) }] });
      expect(res.data).toBeNull();
    }
    const missing = await server.gql(NOTE, { customerId: customer }, rep.token);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body' }] });
    const badId = await server.gql(NOTE, { customerId: 'not-an-id', body: 'ok' }, rep.token);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'customerId', message: 'is not a valid id' }] });
    expect(await server.db.prisma.note.count()).toBe(notesBefore);
    expect(await entries(customer)).toEqual([]);

    const longest = await server.gql(NOTE, { customerId: customer, body: '长'.repeat(10_000) }, rep.token);
    expect(longest.data!.addCustomerNote.body).toHaveLength(10_000);
  });

  it('answers NOT_FOUND for a note on a customer the viewer cannot see, and FORBIDDEN on one they may only see', async () => {
    const theirs = (await makeCustomer(server.db.prisma, { name: '别人的客户', ownerId: peer.id })).id;
    const notesBefore = await server.db.prisma.note.count();
    const hidden = await server.gql(NOTE, { customerId: theirs, body: '偷看' }, rep.token);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(hidden)).not.toContain('别人的客户');
    const unknown = await server.gql(NOTE, { customerId: newId(), body: 'x' }, rep.token);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const timelineOfTheirs = await server.gql(TIMELINE, { id: theirs }, rep.token);
    expect(timelineOfTheirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const pool = (await makeCustomer(server.db.prisma)).id;
    expect((await server.gql(NOTE, { customerId: pool, body: 'x' }, rep.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const marketer = await server.signIn('MARKETER');
    expect((await server.gql(NOTE, { customerId: pool, body: 'x' }, marketer.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.note.count()).toBe(notesBefore);
    expect((await server.gql(NOTE, { customerId: theirs, body: '自己的' }, peer.token)).errors).toBeUndefined();
  });

  it('pages newest first by keyset, with no repeats or gaps when entries share a timestamp', async () => {
    const customer = await ownCustomer();
    const at = new Date('2025-06-01T09:30:00.123Z');
    const later = new Date(at.getTime() + 1);
    await server.db.prisma.note.createMany({
      data: [...Array(18).keys()].map((i) => ({ id: newId(), customerId: customer, authorId: rep.id, body: `Note ${i}`, createdAt: i < 16 ? at : later })),
    });
    await server.db.prisma.auditLog.createMany({
      data: [...Array(12).keys()].map((i) => ({
        id: newId(), actorId: rep.id, action: 'UPDATED', entity: 'Customer', entityId: customer, customerId: customer,
        changes: [{ field: 'tier', from: 'STANDARD', to: `KEY ${i}` }], createdAt: i < 10 ? at : new Date(at.getTime() - 1),
      })),
    });

    const whole = await entries(customer);
    expect(whole).toHaveLength(30);
    const pages: any[][] = [];
    let after: string | null = null;
    do {
      const page: any = await timeline(customer, { first: 7, after });
      pages.push(page.edges.map((e: any) => e.node));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 10);

    expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 7, 2]);
    const paged = pages.flat();
    expect(paged.map((e) => e.id)).toEqual(whole.map((e: any) => e.id));
    expect(new Set(paged.map((e) => e.id)).size).toBe(30);
    const times = paged.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(times.slice(0, 2)).toEqual([later.toISOString(), later.toISOString()]);
    expect(times.filter((t) => t === at.toISOString())).toHaveLength(26);
    expect(times.slice(-2)).toEqual([new Date(at.getTime() - 1).toISOString(), new Date(at.getTime() - 1).toISOString()]);
    expect(paged.filter((e) => e.kind === 'NOTE')).toHaveLength(18);
  });

  it('rejects a bad page size or cursor naming the argument', async () => {
    const customer = await ownCustomer();
    for (const [vars, field] of [[{ first: 0 }, 'first'], [{ first: 101 }, 'first'], [{ after: 'garbage' }, 'after']] as const) {
      const res = await server.gql(TIMELINE, { id: customer, ...vars }, rep.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field })] });
    }
  });

  it('mixes notes with audited changes, each with what changed from and to', async () => {
    const created = await server.gql('mutation { createCustomer(input: { name: "时间线测试有限公司", tier: STANDARD }) { id version } }', {}, rep.token);
    const id = created.data!.createCustomer.id;
    await server.gql(NOTE, { customerId: id, body: '电话沟通，准备升级' }, rep.token);
    const updated = await server.gql('mutation($id: ID!) { updateCustomer(id: $id, input: { version: 1, tier: KEY, name: "时间线测试集团" }) { version } }', { id }, rep.token);
    expect(updated.errors).toBeUndefined();
    const contact = await server.gql('mutation($id: ID!) { createContact(input: { customerId: $id, name: "李雷" }) { id } }', { id }, rep.token);
    await server.gql(NOTE, { customerId: id, body: '签约在即' }, rep.token);

    const all = await entries(id);
    expect(all.map((e: any) => [e.kind, e.entity, e.body])).toEqual([
      ['NOTE', 'Customer', '签约在即'],
      ['CREATED', 'Contact', null],
      ['UPDATED', 'Customer', null],
      ['NOTE', 'Customer', '电话沟通，准备升级'],
      ['CREATED', 'Customer', null],
    ]);
    expect(all.every((e: any) => e.actor?.id === rep.id)).toBe(true);
    expect(all[1].entityId).toBe(contact.data!.createContact.id);
    expect(all[2].changes).toEqual(expect.arrayContaining([
      { field: 'tier', from: 'STANDARD', to: 'KEY' },
      { field: 'name', from: '时间线测试有限公司', to: '时间线测试集团' },
    ]));
    expect(all[2].changes).toHaveLength(2);
    expect(all[4].changes).toEqual(expect.arrayContaining([{ field: 'name', from: null, to: '时间线测试有限公司' }]));
    expect(all.filter((e: any) => e.kind === 'NOTE').every((e: any) => e.changes.length === 0)).toBe(true);
  });
});

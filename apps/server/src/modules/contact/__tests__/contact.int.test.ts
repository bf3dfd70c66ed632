import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer, makeDepartment, makePartner } from '../../../seed/factories.ts';

const FIELDS = 'id name title roles email phone mobile preferredChannel doNotCall doNotEmail doNotSms isPrimary deletedAt version customer { id }';
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { contact(id: $id) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteContact(id: $id) { id deletedAt version } }';
const RESTORE = 'mutation($id: ID!) { restoreContact(id: $id) { id deletedAt version } }';
const LIST = `query($first: Int, $after: String, $filter: ContactFilter, $orderBy: ContactOrder) {
  contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;
const CUSTOMER = `query($id: ID!, $first: Int, $after: String) { customer(id: $id) {
  contactCount
  contacts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } }
  timeline { edges { node { kind entity entityId actor { id } changes { field from to } } } } } }`;

type User = { id: string; token: string };

describe('contacts through the API', () => {
  let server: TestServer;
  let rep: User;
  let peer: User;
  let manager: User;
  let director: User;
  let admin: User;
  let partner: User;
  let lonePartner: User;
  let mine: string;
  let theirs: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    const sales = await makeDepartment(db, { name: 'Sales' });
    const north = await makeDepartment(db, { name: 'North', parentId: sales.id });
    const east = await makeDepartment(db, { name: 'East', parentId: sales.id });
    rep = await server.signIn('SALES_REP', { departmentId: north.id });
    peer = await server.signIn('SALES_REP', { departmentId: east.id });
    manager = await server.signIn('SALES_MANAGER', { departmentId: north.id });
    director = await server.signIn('SALES_MANAGER', { departmentId: sales.id });
    admin = await server.signIn('ADMIN');
    partner = await server.signIn('PARTNER', { partnerId: (await makePartner(db)).id });
    lonePartner = await server.signIn('PARTNER');
    mine = (await makeCustomer(db, { name: '北京星辰科技有限公司', ownerId: rep.id })).id;
    theirs = (await makeCustomer(db, { name: '上海华信物流有限公司', ownerId: peer.id })).id;
  });
  afterAll(() => server.close());

  const create = async (input: Record<string, unknown>, token = rep.token) => {
    const res = await server.gql(CREATE, { input }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createContact;
  };
  const list = async (variables: Record<string, unknown>, token = rep.token) => {
    const res = await server.gql(LIST, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!.contacts;
  };
  /** Every page of a contacts query, following endCursor until hasNextPage is false. */
  const pageThrough = async (variables: Record<string, unknown>, first: number, token = rep.token) => {
    const names: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await list({ ...variables, first, after }, token);
      pages++;
      totals.add(page.totalCount);
      names.push(...page.edges.map((e: any) => e.node.name));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages < 50);
    return { names, totals: [...totals], pages };
  };

  it('creates a contact on the rep’s own customer, trimming text and lower-casing the email', async () => {
    const c = await create({
      customerId: mine, name: ' 张伟明 ', title: ' 采购经理 ', roles: ['决策人', ' 决策人 ', ''], email: 'Zhang.WeiMing@Star.Example',
      phone: '010-8888 6666', mobile: '13800138000', preferredChannel: 'WECHAT', doNotCall: true, doNotEmail: true,
    });
    expect(c).toMatchObject({
      name: '张伟明', title: '采购经理', roles: ['决策人'], email: 'zhang.weiming@star.example', phone: '010-8888 6666', mobile: '13800138000',
      preferredChannel: 'WECHAT', doNotCall: true, doNotEmail: true, doNotSms: false, isPrimary: false, deletedAt: null, version: 1,
      customer: { id: mine },
    });
    expect((await server.gql(GET, { id: c.id }, rep.token)).data!.contact).toEqual(c);
  });

  it('shows contacts on their customer and records their creation on its timeline', async () => {
    const customer = (await makeCustomer(server.db.prisma, { name: 'Timeline Contacts Ltd', ownerId: rep.id })).id;
    const a = await create({ customerId: customer, name: 'Alice Chen', email: 'alice@example.com', doNotSms: true });
    const b = await create({ customerId: customer, name: 'Bob Li' });
    const res = await server.gql(CUSTOMER, { id: customer }, rep.token);
    const { contactCount, contacts, timeline } = res.data!.customer;
    expect(contactCount).toBe(2);
    expect(contacts.totalCount).toBe(2);
    expect(contacts.edges.map((e: any) => e.node.id)).toEqual([a.id, b.id]);
    const entries = timeline.edges.map((e: any) => e.node);
    expect(entries.map((e: any) => [e.kind, e.entity, e.entityId])).toEqual([['CREATED', 'Contact', b.id], ['CREATED', 'Contact', a.id]]);
    expect(entries[1].actor).toEqual({ id: rep.id });
    expect(entries[1].changes).toEqual(expect.arrayContaining([
      { field: 'name', from: null, to: 'Alice Chen' },
      { field: 'email', from: null, to: 'alice@example.com' },
      { field: 'doNotSms', from: null, to: 'true' },
    ]));
  });

  it('keeps one primary contact per customer', async () => {
    const customer = (await makeCustomer(server.db.prisma, { ownerId: rep.id })).id;
    const first = await create({ customerId: customer, name: 'Primary One', isPrimary: true });
    const second = await create({ customerId: customer, name: 'Primary Two', isPrimary: true });
    expect(second.isPrimary).toBe(true);
    expect((await server.gql(GET, { id: first.id }, rep.token)).data!.contact.isPrimary).toBe(false);
    const back = await server.gql(UPDATE, { id: first.id, input: { version: first.version, isPrimary: true } }, rep.token);
    expect(back.data!.updateContact.isPrimary).toBe(true);
    expect((await server.gql(GET, { id: second.id }, rep.token)).data!.contact.isPrimary).toBe(false);
  });

  it('pages one customer’s contacts and all contacts by name with cursors, counting every match', async () => {
    const customer = (await makeCustomer(server.db.prisma, { ownerId: rep.id })).id;
    const names = [...Array(7).keys()].map((i) => `Paging Contact ${i}`);
    for (const name of [...names].reverse()) await makeContact(server.db.prisma, customer, { name });

    const ofCustomer = await pageThrough({ filter: { customerId: customer } }, 3);
    expect(ofCustomer).toEqual({ names, totals: [7], pages: 3 });
    const everywhere = await pageThrough({ filter: { search: 'Paging Contact' }, orderBy: { field: 'NAME', direction: 'DESC' } }, 2);
    expect(everywhere).toEqual({ names: [...names].reverse(), totals: [7], pages: 4 });

    const nested = async (after: string | null) => (await server.gql(CUSTOMER, { id: customer, first: 4, after }, rep.token)).data!.customer;
    const one = await nested(null);
    expect(one.contactCount).toBe(7);
    expect(one.contacts).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
    const two = await nested(one.contacts.pageInfo.endCursor);
    expect(two.contacts.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect([...one.contacts.edges, ...two.contacts.edges].map((e: any) => e.node.name)).toEqual(names);
  });

  it('pages by creation time without gaps or repeats when contacts share a timestamp', async () => {
    const customer = (await makeCustomer(server.db.prisma, { ownerId: rep.id })).id;
    const at = new Date('2025-03-01T08:00:00.000Z');
    for (let i = 0; i < 10; i++) {
      await makeContact(server.db.prisma, customer, { name: `Same Time ${i}`, createdAt: i < 8 ? at : new Date(at.getTime() + i * 1000) });
    }
    const { names, totals } = await pageThrough({ filter: { customerId: customer }, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }, 3);
    expect(totals).toEqual([10]);
    expect(names.slice(0, 2)).toEqual(['Same Time 9', 'Same Time 8']);
    expect([...names].sort()).toEqual([...Array(10).keys()].map((i) => `Same Time ${i}`));
    const asc = await pageThrough({ filter: { customerId: customer }, orderBy: { field: 'CREATED_AT', direction: 'ASC' } }, 3);
    expect(asc.names).toEqual([...names].reverse());
  });

  it('finds contacts by a Chinese substring of the name, by email and by phone', async () => {
    const customer = (await makeCustomer(server.db.prisma, { ownerId: rep.id })).id;
    await create({ customerId: customer, name: '欧阳娜娜', email: 'nana.ouyang@search.example', phone: '021-5555 7777' });
    await create({ customerId: customer, name: '司马相如', mobile: '13912345678' });
    await create({ customerId: customer, name: 'Grace Hopper', email: 'grace@navy.example' });
    const found = async (search: string) => (await list({ filter: { search, customerId: customer }, orderBy: { field: 'NAME', direction: 'ASC' } })).edges.map((e: any) => e.node.name);
    expect(await found('欧阳')).toEqual(['欧阳娜娜']);
    expect(await found('娜娜')).toEqual(['欧阳娜娜']);
    expect(await found('相')).toEqual(['司马相如']);
    expect(await found('NANA.OUYANG@')).toEqual(['欧阳娜娜']);
    expect(await found('navy.example')).toEqual(['Grace Hopper']);
    expect(await found('5555 77')).toEqual(['欧阳娜娜']);
    expect(await found('1234567')).toEqual(['司马相如']);
    expect(await found('hopper')).toEqual(['Grace Hopper']);
    expect(await found('欧阳 司马')).toEqual([]);
    expect((await list({ filter: { search: '欧阳娜' } })).totalCount).toBe(1);
  });

  it('updates with the version read, answers a stale one with CONFLICT and stores nothing', async () => {
    const c = await create({ customerId: mine, name: 'Versioned Contact', email: 'old@versioned.example' });
    const auditBefore = await server.db.prisma.auditLog.count({ where: { entityId: c.id } });
    const updated = await server.gql(UPDATE, { id: c.id, input: { version: 1, title: 'CTO', email: 'New@Versioned.Example', doNotCall: true } }, rep.token);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateContact).toMatchObject({ version: 2, title: 'CTO', email: 'new@versioned.example', doNotCall: true, name: 'Versioned Contact' });

    const stale = await server.gql(UPDATE, { id: c.id, input: { version: 1, name: 'Overwritten', doNotCall: false } }, rep.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(stale.data).toBeNull();
    const now = (await server.gql(GET, { id: c.id }, rep.token)).data!.contact;
    expect(now).toMatchObject({ name: 'Versioned Contact', doNotCall: true, version: 2 });
    expect(await server.db.prisma.auditLog.count({ where: { entityId: c.id } })).toBe(auditBefore + 1);

    // the search follows the new email, not the old one
    expect((await list({ filter: { search: 'new@versioned' } })).totalCount).toBe(1);
    expect((await list({ filter: { search: 'old@versioned' } })).totalCount).toBe(0);

    const timeline = (await server.gql(CUSTOMER, { id: mine }, rep.token)).data!.customer.timeline.edges.map((e: any) => e.node);
    expect(timeline[0]).toMatchObject({ kind: 'UPDATED', entity: 'Contact', entityId: c.id, actor: { id: rep.id } });
    expect(timeline[0].changes).toEqual(expect.arrayContaining([
      { field: 'title', from: null, to: 'CTO' },
      { field: 'email', from: 'old@versioned.example', to: 'new@versioned.example' },
      { field: 'doNotCall', from: 'false', to: 'true' },
    ]));
    expect(timeline[0].changes).toHaveLength(3);
  });

  it('soft-deletes and restores, hiding deleted contacts from lists and counts but keeping history', async () => {
    const customer = (await makeCustomer(server.db.prisma, { ownerId: rep.id })).id;
    const keep = await create({ customerId: customer, name: 'Kept Contact' });
    const gone = await create({ customerId: customer, name: 'Deleted Contact' });
    const deleted = await server.gql(DELETE, { id: gone.id }, rep.token);
    expect(deleted.data!.deleteContact).toMatchObject({ id: gone.id, deletedAt: expect.any(String), version: 2 });
    const again = await server.gql(DELETE, { id: gone.id }, rep.token);
    expect(again.data!.deleteContact.version).toBe(2);

    const after = (await server.gql(CUSTOMER, { id: customer }, rep.token)).data!.customer;
    expect(after.contactCount).toBe(1);
    expect(after.contacts.edges.map((e: any) => e.node.id)).toEqual([keep.id]);
    expect((await list({ filter: { customerId: customer } })).totalCount).toBe(1);
    expect((await list({ filter: { customerId: customer, deleted: 'DELETED' } })).edges.map((e: any) => e.node.id)).toEqual([gone.id]);
    expect((await server.gql(GET, { id: gone.id }, rep.token)).data!.contact.deletedAt).not.toBeNull();
    const edit = await server.gql(UPDATE, { id: gone.id, input: { version: 2, title: 'CEO' } }, rep.token);
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELETED' });

    const restored = await server.gql(RESTORE, { id: gone.id }, rep.token);
    expect(restored.data!.restoreContact).toMatchObject({ deletedAt: null, version: 3 });
    const back = (await server.gql(CUSTOMER, { id: customer }, rep.token)).data!.customer;
    expect(back.contactCount).toBe(2);
    expect(back.timeline.edges.map((e: any) => [e.node.kind, e.node.entityId])).toEqual([
      ['RESTORED', gone.id], ['DELETED', gone.id], ['CREATED', gone.id], ['CREATED', keep.id],
    ]);
  });

  it('rejects bad input naming the field, storing nothing', async () => {
    const c = await create({ customerId: mine, name: 'Valid Contact' });
    const deletedCustomer = (await makeCustomer(server.db.prisma, { ownerId: rep.id, deletedAt: new Date() })).id;
    const contactsBefore = await server.db.prisma.contact.count();
    const auditBefore = await server.db.prisma.auditLog.count();
    const expectBad = (res: Awaited<ReturnType<TestServer['gql']>>, field: string) => {
      const error = res.errors?.[0].extensions;
      expect({ field, code: error?.code, named: error?.fields?.some((f) => f.field === field) }).toEqual({ field, code: 'BAD_USER_INPUT', named: true });
    };
    const creates: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'input.name'],
      [{ name: '   ' }, 'input.name'],
      [{ name: '名'.repeat(101) }, 'input.name'],
      [{ name: 'Ok', email: 'not-an-email' }, 'input.email'],
      [{ name: 'Ok', email: `${'a'.repeat(195)}@x.example` }, 'input.email'],
      [{ name: 'Ok', title: 't'.repeat(101) }, 'input.title'],
      [{ name: 'Ok', phone: '1'.repeat(41) }, 'input.phone'],
      [{ name: 'Ok', mobile: '1'.repeat(41) }, 'input.mobile'],
      [{ name: 'Ok', roles: ['r'.repeat(51)] }, 'input.roles'],
      [{ name: 'Ok', roles: [...Array(11).keys()].map(String) }, 'input.roles'],
      [{ name: 'Ok', preferredChannel: 'PIGEON' }, 'input.preferredChannel'],
      [{ name: 'Ok', customerId: 'not-an-id' }, 'input.customerId'],
      [{ name: 'Ok', customerId: '00000000-0000-4000-8000-000000000000' }, 'input.customerId'],
      [{ name: 'Ok', customerId: deletedCustomer }, 'input.customerId'],
    ];
    for (const [input, field] of creates) expectBad(await server.gql(CREATE, { input: { customerId: mine, ...input } }, rep.token), field);

    const updates: [Record<string, unknown>, string][] = [
      [{ version: 1, name: '' }, 'input.name'],
      [{ version: 1, name: ' ' }, 'input.name'],
      [{ version: 1, email: 'nope' }, 'input.email'],
      [{ version: 1, title: 'x'.repeat(101) }, 'input.title'],
      [{ name: 'No version' }, 'input'],
    ];
    for (const [input, field] of updates) expectBad(await server.gql(UPDATE, { id: c.id, input }, rep.token), field);
    expectBad(await server.gql(UPDATE, { id: 'nope', input: { version: 1, name: 'x' } }, rep.token), 'id');
    expectBad(await server.gql(GET, { id: '42' }, rep.token), 'id');
    expectBad(await server.gql(LIST, { filter: { customerId: 'nope' } }, rep.token), 'filter.customerId');
    expectBad(await server.gql(LIST, { filter: { search: 's'.repeat(101) } }, rep.token), 'filter.search');
    expectBad(await server.gql(LIST, { first: 0 }, rep.token), 'first');
    expectBad(await server.gql(LIST, { after: 'garbage' }, rep.token), 'after');

    expect(await server.db.prisma.contact.count()).toBe(contactsBefore);
    expect(await server.db.prisma.auditLog.count()).toBe(auditBefore);
    expect((await server.gql(GET, { id: c.id }, rep.token)).data!.contact).toMatchObject({ name: 'Valid Contact', version: 1 });
  });

  describe('visibility follows the customer', () => {
    let own: string;
    let peers: string;
    let pool: string;
    const SEARCH = { filter: { search: '可见联系人' } };
    const visibleNames = async (token: string) => {
      const page = await list({ ...SEARCH, orderBy: { field: 'NAME', direction: 'ASC' } }, token);
      return { total: page.totalCount, names: page.edges.map((e: any) => e.node.name) };
    };

    beforeAll(async () => {
      own = (await create({ customerId: mine, name: '可见联系人 A 自己' })).id;
      peers = (await create({ customerId: theirs, name: '可见联系人 B 同事' }, peer.token)).id;
      pool = (await makeContact(server.db.prisma, (await makeCustomer(server.db.prisma, { name: '公海客户' })).id, { name: '可见联系人 C 公海' })).id;
    });

    it('hides another rep’s customer’s contacts: NOT_FOUND by id, absent from lists and counts', async () => {
      expect(await visibleNames(rep.token)).toEqual({ total: 2, names: ['可见联系人 A 自己', '可见联系人 C 公海'] });
      expect((await list({ filter: { customerId: theirs } })).totalCount).toBe(0);
      const attempts = [
        await server.gql(GET, { id: peers }, rep.token),
        await server.gql(UPDATE, { id: peers, input: { version: 1, name: 'Hijacked' } }, rep.token),
        await server.gql(DELETE, { id: peers }, rep.token),
        await server.gql(RESTORE, { id: peers }, rep.token),
        await server.gql(CUSTOMER, { id: theirs }, rep.token),
      ];
      for (const res of attempts) {
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(res.data).toBeNull();
        expect(JSON.stringify(res)).not.toContain('同事');
      }
      const onTheirs = await server.gql(CREATE, { input: { customerId: theirs, name: 'Sneaky' } }, rep.token);
      expect(onTheirs.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.customerId', message: 'no such customer' }] });
      expect((await server.gql(GET, { id: peers }, peer.token)).data!.contact).toMatchObject({ name: '可见联系人 B 同事', version: 1, deletedAt: null });
    });

    it('lets a rep see a pool customer’s contacts but change them only after claiming it', async () => {
      expect((await server.gql(GET, { id: pool }, rep.token)).data!.contact.name).toBe('可见联系人 C 公海');
      const res = await server.gql(UPDATE, { id: pool, input: { version: 1, title: 'Changed' } }, rep.token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await server.gql(GET, { id: pool }, rep.token)).data!.contact).toMatchObject({ title: null, version: 1 });
    });

    it('lets a manager see and change contacts in their department subtree only', async () => {
      expect(await visibleNames(manager.token)).toEqual({ total: 2, names: ['可见联系人 A 自己', '可见联系人 C 公海'] });
      expect((await server.gql(GET, { id: peers }, manager.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await visibleNames(director.token)).toEqual({ total: 3, names: ['可见联系人 A 自己', '可见联系人 B 同事', '可见联系人 C 公海'] });
      const edited = await server.gql(UPDATE, { id: own, input: { version: 1, title: 'Edited by manager' } }, manager.token);
      expect(edited.data!.updateContact).toMatchObject({ title: 'Edited by manager', version: 2 });
      const theirsSeen = await server.gql(CUSTOMER, { id: theirs }, director.token);
      expect(theirsSeen.data!.customer.contacts.edges.map((e: any) => e.node.id)).toContain(peers);
    });

    it('lets an admin see every contact', async () => {
      expect(await visibleNames(admin.token)).toEqual({ total: 3, names: ['可见联系人 A 自己', '可见联系人 B 同事', '可见联系人 C 公海'] });
      expect((await list({}, admin.token)).totalCount).toBe(await server.db.prisma.contact.count({ where: { deletedAt: null } }));
    });

    it('shows partner users no contacts yet', async () => {
      for (const user of [partner, lonePartner]) {
        expect(await list({}, user.token)).toMatchObject({ totalCount: 0, edges: [] });
        for (const id of [own, peers, pool]) expect((await server.gql(GET, { id }, user.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
        const res = await server.gql(CREATE, { input: { customerId: mine, name: 'Partner Contact' } }, user.token);
        expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'input.customerId', message: 'no such customer' }]);
      }
    });
  });
});

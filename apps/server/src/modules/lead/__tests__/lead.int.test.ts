import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { makeLead } from './lead-factories.ts';

const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id name email status source version inPool owner { id } } }`;
const LIST = `query($first: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {
  leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
const GET = `query($id: ID!) { lead(id: $id) { id name status disqualifyReason version } }`;

describe('leads through the API', () => {
  let server: TestServer;
  let rep: { id: string; token: string };
  let otherRep: { id: string; token: string };
  let manager: { id: string; token: string };
  let marketer: { id: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    const dept = await makeDepartment(server.db.prisma);
    const other = await makeDepartment(server.db.prisma);
    rep = await server.signIn('SALES_REP', { departmentId: dept.id });
    otherRep = await server.signIn('SALES_REP', { departmentId: other.id });
    manager = await server.signIn('SALES_MANAGER', { departmentId: dept.id });
    marketer = await server.signIn('MARKETER');
  });
  afterAll(() => server.close());

  it('creates a lead with source OTHER by default, normalized, audited', async () => {
    const res = await server.gql(CREATE, { input: { name: ' 张三 ', company: '杭州云帆科技', email: 'Zhang@Yunfan.example', ownerId: rep.id } }, rep.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createLead).toMatchObject({ name: '张三', email: 'zhang@yunfan.example', status: 'NEW', source: 'OTHER', version: 1, owner: { id: rep.id } });
    const audit = await server.db.prisma.auditLog.findMany({ where: { entity: 'Lead', entityId: res.data!.createLead.id } });
    expect(audit.map((a) => a.action)).toEqual(['CREATED']);
  });

  it('rejects bad input naming the field and stores nothing', async () => {
    const before = await server.db.prisma.lead.count();
    const bad = await server.gql(CREATE, { input: { name: '', email: 'not-an-email' } }, rep.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['input.email', 'input.name']);
    const territory = await server.gql(CREATE, { input: { name: 'X', territoryId: crypto.randomUUID() } }, rep.token);
    expect(territory.errors?.[0].extensions?.fields).toEqual([{ field: 'input.territoryId', message: 'no such territory' }]);
    expect(await server.db.prisma.lead.count()).toBe(before);
  });

  it('refuses a second lead with the same email unless confirmed', async () => {
    const dup = await server.gql(CREATE, { input: { name: 'Zhang San', email: 'zhang@yunfan.example', ownerId: rep.id } }, rep.token);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    const forced = await server.gql(CREATE, { input: { name: 'Zhang San', email: 'zhang@yunfan.example', ownerId: rep.id, allowDuplicate: true } }, rep.token);
    expect(forced.errors).toBeUndefined();
  });

  it('hides another rep’s lead: NOT_FOUND, not listed, not counted; the pool is shared', async () => {
    const theirs = await makeLead(server.db.prisma, { name: 'Secret Lead 机密', ownerId: otherRep.id });
    const pool = await makeLead(server.db.prisma, { name: 'Pool Lead 公共', ownerId: null });
    const got = await server.gql(GET, { id: theirs.id }, rep.token);
    expect(got.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(got.data).toBeNull();
    const list = await server.gql(LIST, { filter: { search: 'Secret Lead' } }, rep.token);
    expect(list.data!.leads).toMatchObject({ totalCount: 0, edges: [] });
    const poolList = await server.gql(LIST, { filter: { search: '公共' } }, rep.token);
    expect(poolList.data!.leads.edges.map((e: any) => e.node.id)).toEqual([pool.id]);
    // the rep's manager sees the rep's leads and the pool but not another department's
    expect((await server.gql(GET, { id: theirs.id }, manager.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const mine = await makeLead(server.db.prisma, { name: 'Team lead', ownerId: rep.id });
    expect((await server.gql(GET, { id: mine.id }, manager.token)).data!.lead.name).toBe('Team lead');
    // cannot be changed either
    const upd = await server.gql(`mutation($id: ID!) { qualifyLead(id: $id) { id } }`, { id: theirs.id }, rep.token);
    expect(upd.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets marketers see the leads they created, not reps’ leads', async () => {
    const created = await server.gql(CREATE, { input: { name: 'Marketing lead', ownerId: null } }, marketer.token);
    const id = created.data!.createLead.id;
    await server.db.prisma.lead.update({ where: { id }, data: { ownerId: rep.id } });
    expect((await server.gql(GET, { id }, marketer.token)).data!.lead.name).toBe('Marketing lead');
    const repLead = await makeLead(server.db.prisma, { name: 'Rep only', ownerId: rep.id });
    expect((await server.gql(GET, { id: repLead.id }, marketer.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('filters by status, source and date, pages with cursors and counts all matches', async () => {
    for (let i = 0; i < 5; i++) await makeLead(server.db.prisma, { name: `Paging ${i}`, ownerId: rep.id, source: i % 2 ? 'EVENT' : 'REFERRAL', status: i < 2 ? 'WORKING' : 'NEW' });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await server.gql(LIST, { first: 2, after, filter: { search: 'Paging' }, orderBy: { field: 'NAME', direction: 'ASC' } }, rep.token);
      expect(res.data.leads.totalCount).toBe(5);
      seen.push(...res.data.leads.edges.map((e: any) => e.node.name));
      after = res.data.leads.pageInfo.hasNextPage ? res.data.leads.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Paging 0', 'Paging 1', 'Paging 2', 'Paging 3', 'Paging 4']);
    const working = await server.gql(LIST, { filter: { search: 'Paging', statuses: ['WORKING'], source: 'REFERRAL' } }, rep.token);
    expect(working.data!.leads.edges.map((e: any) => e.node.name)).toEqual(['Paging 0']);
    const future = await server.gql(LIST, { filter: { search: 'Paging', createdFrom: new Date(Date.now() + 86_400_000).toISOString() } }, rep.token);
    expect(future.data!.leads.totalCount).toBe(0);
  });

  it('qualifies, requires a reason to disqualify, and reopens', async () => {
    const lead = await makeLead(server.db.prisma, { name: 'Workflow lead', ownerId: rep.id });
    const q = await server.gql(`mutation($id: ID!) { qualifyLead(id: $id) { status } }`, { id: lead.id }, rep.token);
    expect(q.data!.qualifyLead.status).toBe('QUALIFIED');
    const noReason = await server.gql(`mutation($id: ID!) { disqualifyLead(id: $id, reason: "  ") { status } }`, { id: lead.id }, rep.token);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'is required' }] });
    expect((await server.gql(GET, { id: lead.id }, rep.token)).data!.lead.status).toBe('QUALIFIED');
    const dq = await server.gql(`mutation($id: ID!) { disqualifyLead(id: $id, reason: "没有预算 No budget") { status disqualifyReason version } }`, { id: lead.id }, rep.token);
    expect(dq.data!.disqualifyLead).toMatchObject({ status: 'DISQUALIFIED', disqualifyReason: '没有预算 No budget' });
    const requalify = await server.gql(`mutation($id: ID!) { qualifyLead(id: $id) { status } }`, { id: lead.id }, rep.token);
    expect(requalify.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DISQUALIFIED' });
    const reopen = await server.gql(`mutation($id: ID!, $v: Int!) { updateLead(id: $id, input: { version: $v, status: NEW }) { status disqualifyReason } }`, { id: lead.id, v: dq.data!.disqualifyLead.version }, rep.token);
    expect(reopen.data!.updateLead).toEqual({ status: 'NEW', disqualifyReason: null });
    const stale = await server.gql(`mutation($id: ID!) { updateLead(id: $id, input: { version: 1, title: "CEO" }) { id } }`, { id: lead.id }, rep.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const actions = (await server.db.prisma.auditLog.findMany({ where: { entityId: lead.id }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['QUALIFIED', 'DISQUALIFIED', 'UPDATED']);
  });

  it('lets a rep take a pool lead but not give it to someone else', async () => {
    const lead = await makeLead(server.db.prisma, { name: 'Pool to take' });
    const other = await server.gql(`mutation($id: ID!, $o: ID) { assignLead(id: $id, ownerId: $o) { id } }`, { id: lead.id, o: otherRep.id }, rep.token);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const take = await server.gql(`mutation($id: ID!, $o: ID) { assignLead(id: $id, ownerId: $o) { inPool owner { id } } }`, { id: lead.id, o: rep.id }, rep.token);
    expect(take.data!.assignLead).toEqual({ inPool: false, owner: { id: rep.id } });
    const outside = await server.gql(`mutation($id: ID!, $o: ID) { assignLead(id: $id, ownerId: $o) { id } }`, { id: lead.id, o: otherRep.id }, manager.token);
    expect(outside.errors?.[0].extensions?.fields).toEqual([{ field: 'ownerId', message: 'no such active user in your team' }]);
  });

  it('finds duplicates among visible customers, contacts and leads', async () => {
    const customer = await makeCustomer(server.db.prisma, { name: '苏州锦程制造有限公司', ownerId: rep.id });
    await makeContact(server.db.prisma, customer.id, { name: '李雷', email: 'lilei@jincheng.example' });
    await makeLead(server.db.prisma, { name: '李雷', phone: '13900001111', ownerId: rep.id });
    await makeLead(server.db.prisma, { name: '李雷', ownerId: otherRep.id });
    const hidden = await makeCustomer(server.db.prisma, { name: 'Hidden Co', ownerId: otherRep.id });
    const res = await server.gql(`query($n: String, $c: String, $e: String, $p: String) { leadDuplicates(name: $n, company: $c, email: $e, phone: $p) {
      customers { name matchedOn } contacts { name customerName matchedOn } leads { name matchedOn } } }`,
    { n: '李雷', c: '苏州锦程制造有限公司', e: 'LiLei@jincheng.example', p: '13900001111' }, rep.token);
    expect(res.data!.leadDuplicates).toEqual({
      customers: [{ name: '苏州锦程制造有限公司', matchedOn: ['name'] }],
      contacts: [{ name: '李雷', customerName: '苏州锦程制造有限公司', matchedOn: ['name', 'email'] }],
      leads: [{ name: '李雷', matchedOn: ['name', 'phone'] }],
    });
    const none = await server.gql(`query { leadDuplicates(company: "Hidden Co") { customers { id } } }`, {}, rep.token);
    expect(none.data!.leadDuplicates.customers).toEqual([]);
    expect(hidden.id).toBeDefined();
  });
});

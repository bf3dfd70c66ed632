import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer, makeDepartment, makePartner } from '../../../seed/factories.ts';
import { makeContract } from './contract-factories.ts';
import { ACTIVATE, ADD_ENT, CREATE, DELETE, ENTITLEMENTS, GET, LIST, RENEW, TERMINATE, UPDATE, UPDATE_ENT, codeOf, fieldsOf, inDays, ok } from './contract-api.ts';

/** Contracts through the API: the life cycle, the rules naming fields, visibility by team and partner. */
describe('contracts through the API', () => {
  let server: TestServer;
  const t: Record<string, string> = {};
  const u: Record<string, string> = {};
  let customer: string;
  let contact: string;
  let otherContact: string;
  const input = (extra: Record<string, unknown> = {}) => ({
    kind: 'SERVICE', title: '年度维保合同 Maintenance', customerId: customer, contactId: contact, value: '12000.50', currency: 'cny',
    startDate: '2026-01-01', endDate: '2026-12-31', renewalNoticeDays: 30, terms: 'Net 30', ...extra,
  });

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    const sales = await makeDepartment(db, { name: 'Sales' });
    const north = await makeDepartment(db, { name: 'North', parentId: sales.id });
    const east = await makeDepartment(db, { name: 'East', parentId: sales.id });
    for (const [key, role, departmentId] of [['repNorth', 'SALES_REP', north.id], ['repEast', 'SALES_REP', east.id], ['managerNorth', 'SALES_MANAGER', north.id], ['admin', 'ADMIN', null], ['agent', 'SERVICE_AGENT', null]] as const) {
      const s = await server.signIn(role, { departmentId });
      t[key] = s.token;
      u[key] = s.id;
    }
    customer = (await makeCustomer(db, { name: '合同客户 Contract Co', ownerId: u.repNorth })).id;
    contact = (await makeContact(db, customer, { name: '王经理' })).id;
    otherContact = (await makeContact(db, (await makeCustomer(db, { ownerId: u.repNorth })).id)).id;
  });
  afterAll(() => server.close());

  it('creates a DRAFT with a C- number, then activates, renews and terminates, all on the customer timeline', async () => {
    const created = await ok(server, CREATE, { input: input() }, t.repNorth);
    expect(created).toMatchObject({ status: 'DRAFT', value: { amount: '12000.50', currency: 'CNY' }, startDate: '2026-01-01', endDate: '2026-12-31', contact: { id: contact }, owner: { id: u.repNorth }, version: 1 });
    expect(created.number).toMatch(/^C-\d{4}-\d{5}$/);
    const ent = await ok(server, ADD_ENT, { id: created.id, input: { name: 'On-site visits', quantity: 4, used: 1 } }, t.repNorth);
    expect(ent).toMatchObject({ quantity: 4, used: 1, remaining: 3 });
    await ok(server, ADD_ENT, { id: created.id, input: { name: 'Hotline' } }, t.repNorth);

    const active = await ok(server, ACTIVATE, { id: created.id, version: 1, signedDate: '2025-12-20' }, t.repNorth);
    expect(active).toMatchObject({ signedDate: '2025-12-20', version: 2 });
    expect(['ACTIVE', 'EXPIRING', 'EXPIRED']).toContain(active.status);
    expect(codeOf(await server.gql(ACTIVATE, { id: created.id, version: 2 }, t.repNorth))).toBe('CONFLICT');

    const next = await ok(server, RENEW, { id: created.id, input: { endDate: '2027-12-31', value: '13000' } }, t.repNorth);
    expect(next).toMatchObject({ startDate: '2027-01-01', endDate: '2027-12-31', value: { amount: '13000.00', currency: 'CNY' }, renewedFrom: { id: created.id }, contact: { id: contact } });
    expect(next.entitlements.map((e: any) => [e.name, e.quantity, e.used])).toEqual([['On-site visits', 4, 0], ['Hotline', null, 0]]);
    const old = await ok(server, GET, { id: created.id }, t.repNorth);
    expect(old).toMatchObject({ status: 'RENEWED', renewedBy: { id: next.id } });
    const again = await server.gql(RENEW, { id: created.id, input: { endDate: '2028-12-31' } }, t.repNorth);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.reason).toBe('ALREADY_RENEWED');
    expect(codeOf(await server.gql(UPDATE, { id: created.id, input: { version: old.version, title: 'x' } }, t.repNorth))).toBe('CONFLICT');

    expect(fieldsOf(await server.gql(TERMINATE, { id: next.id, version: next.version, reason: '  ' }, t.repNorth))).toEqual(['reason']);
    const ended = await ok(server, TERMINATE, { id: next.id, version: next.version, reason: 'Customer closed the site' }, t.repNorth);
    expect(ended).toMatchObject({ status: 'TERMINATED', terminationReason: 'Customer closed the site' });

    const audit = await server.db.prisma.auditLog.findMany({ where: { entity: 'Contract', customerId: customer }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['CREATED', 'ENTITLEMENT_ADDED', 'ENTITLEMENT_ADDED', 'ACTIVATED', 'RENEWED', 'CREATED', 'TERMINATED']);
    const timeline = await server.gql(`query($id: ID!) { customer(id: $id) { contracts { totalCount edges { node { id status } } } } }`, { id: customer }, t.repNorth);
    expect(timeline.data!.customer.contracts.totalCount).toBe(2);
  });

  it('names the offending field and stores nothing', async () => {
    const before = await server.db.prisma.contract.count();
    const bad = async (extra: Record<string, unknown>) => fieldsOf(await server.gql(CREATE, { input: input(extra) }, t.repNorth));
    expect(await bad({ endDate: '2025-12-31' })).toEqual(['input.endDate']);
    expect(await bad({ contactId: otherContact })).toEqual(['input.contactId']);
    expect(await bad({ value: '-1' })).toEqual(['input.value']);
    expect(await bad({ value: '1.234' })).toEqual(['input.value']);
    expect(await bad({ currency: 'XYZ' })).toEqual(['input.currency']);
    expect(await bad({ title: ' ' })).toEqual(['input.title']);
    expect(await bad({ renewalNoticeDays: 366 })).toEqual(['input.renewalNoticeDays']);
    expect(await bad({ renewalNoticeDays: -1 })).toEqual(['input.renewalNoticeDays']);
    expect(await bad({ customerId: crypto.randomUUID() })).toEqual(['input.customerId']);
    expect(await bad({ opportunityId: crypto.randomUUID() })).toEqual(['input.opportunityId']);
    expect(await server.db.prisma.contract.count()).toBe(before);
    // an end before the stored start, on update; used above the quantity
    const c = await ok(server, CREATE, { input: input() }, t.repNorth);
    expect(fieldsOf(await server.gql(UPDATE, { id: c.id, input: { version: 1, endDate: '2025-06-30' } }, t.repNorth))).toEqual(['input.endDate']);
    expect(fieldsOf(await server.gql(ADD_ENT, { id: c.id, input: { name: 'Visits', quantity: 2, used: 3 } }, t.repNorth))).toEqual(['input.used']);
    const e = await ok(server, ADD_ENT, { id: c.id, input: { name: 'Visits', quantity: 2, used: 2 } }, t.repNorth);
    expect(fieldsOf(await server.gql(UPDATE_ENT, { id: e.id, input: { quantity: 1 } }, t.repNorth))).toEqual(['input.quantity']);
    expect(await ok(server, UPDATE_ENT, { id: e.id, input: { quantity: null } }, t.repNorth)).toMatchObject({ quantity: null, remaining: null, used: 2 });
  });

  it('audits changes of an ACTIVE contract’s value and dates, and deletes DRAFTs only', async () => {
    const c = await ok(server, CREATE, { input: input() }, t.repNorth);
    const a = await ok(server, ACTIVATE, { id: c.id, version: 1 }, t.repNorth);
    expect(a.signedDate).toBe(inDays(0));
    const changed = await ok(server, UPDATE, { id: c.id, input: { version: a.version, value: '15000', endDate: '2027-03-31' } }, t.repNorth);
    expect(changed).toMatchObject({ value: { amount: '15000.00' }, endDate: '2027-03-31' });
    const row = await server.db.prisma.auditLog.findFirst({ where: { entityId: c.id, action: 'UPDATED' } });
    expect(row!.changes).toEqual([{ field: 'value', from: '12000.50', to: '15000.00' }, { field: 'endDate', from: '2026-12-31', to: '2027-03-31' }]);
    expect(codeOf(await server.gql(UPDATE, { id: c.id, input: { version: a.version, title: 'stale' } }, t.repNorth))).toBe('CONFLICT');
    expect(codeOf(await server.gql(DELETE, { id: c.id }, t.managerNorth))).toBe('CONFLICT');
    const draft = await ok(server, CREATE, { input: input() }, t.repNorth);
    expect(codeOf(await server.gql(DELETE, { id: draft.id }, t.repNorth))).toBe('FORBIDDEN'); // reps lack contract:delete
    expect((await ok(server, DELETE, { id: draft.id }, t.managerNorth)).deletedAt).toBeTruthy();
    expect(codeOf(await server.gql(GET, { id: draft.id }, t.repNorth))).toBeUndefined(); // still readable, marked deleted
    const list = await ok(server, LIST, { filter: { customerId: customer } }, t.repNorth);
    expect(list.edges.map((e: any) => e.node.id)).not.toContain(draft.id);
  });

  it('a rep never sees another team’s contracts: NOT_FOUND, not in lists, not changeable', async () => {
    const eastCustomer = (await makeCustomer(server.db.prisma, { name: 'East Co', ownerId: u.repEast })).id;
    const east = await ok(server, CREATE, { input: input({ customerId: eastCustomer, contactId: null, title: '华东合同 East deal' }) }, t.repEast);
    expect(codeOf(await server.gql(GET, { id: east.id }, t.repNorth))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(GET, { id: east.id }, t.managerNorth))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(UPDATE, { id: east.id, input: { version: 1, title: 'x' } }, t.repNorth))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(RENEW, { id: east.id, input: { endDate: '2030-01-01' } }, t.repNorth))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(ADD_ENT, { id: east.id, input: { name: 'x' } }, t.repNorth))).toBe('NOT_FOUND');
    const search = async (token: string) => (await ok(server, LIST, { filter: { search: '华东' } }, token)).edges.map((e: any) => e.node.id);
    expect(await search(t.repNorth)).toEqual([]);
    expect(await search(t.managerNorth)).toEqual([]);
    expect(await search(t.repEast)).toEqual([east.id]);
    expect(await search(t.admin)).toEqual([east.id]);
    expect(codeOf(await server.gql(GET, { id: east.id }, t.admin))).toBeUndefined();
    // the north manager sees the north rep's
    const north = (await ok(server, LIST, { filter: { ownerId: u.repNorth } }, t.managerNorth)).totalCount;
    expect(north).toBeGreaterThan(0);
  });

  it('a partner user sees only contracts of its partner company (scope level; partners have no contract permission in the API)', async () => {
    const db = server.db.prisma;
    const p1 = await makePartner(db);
    const p2 = await makePartner(db);
    const mine = await makeContract(db, { customerId: customer, partnerId: p1.id });
    await makeContract(db, { customerId: customer, partnerId: p2.id });
    const scope = { kind: 'partner' as const, userId: crypto.randomUUID(), role: 'PARTNER' as const, partnerId: p1.id };
    const all = await server.services.contract.list(scope, { first: 100 });
    expect(all.edges.map((e) => e.node.id)).toEqual([mine.id]);
    expect(await server.services.contract.repo.findVisible(scope, mine.id)).not.toBeNull();
    const partnerUser = await server.signIn('PARTNER', { partnerId: p1.id });
    expect(codeOf(await server.gql(GET, { id: mine.id }, partnerUser.token))).toBe('FORBIDDEN');
  });

  it('lists with filters, search in Chinese, sort and cursor pages; the status filter matches the status field', async () => {
    const db = server.db.prisma;
    const c2 = (await makeCustomer(db, { ownerId: u.repNorth })).id;
    const mk = (title: string, end: string, value: string, state: 'ACTIVE' | 'DRAFT' = 'ACTIVE', notice = 30) =>
      makeContract(db, { customerId: c2, ownerId: u.repNorth, title, value, state, renewalNoticeDays: notice }, { start: inDays(-400), end });
    await mk('A 上海物流 续约', inDays(-1), '100.00'); // expired
    await mk('B 上海物流', inDays(0), '300.00'); // expiring (its last day)
    await mk('C 上海物流', inDays(30), '200.00'); // expiring (first notice day)
    await mk('D 上海物流', inDays(31), '400.00'); // active
    await mk('E 上海物流', inDays(5), '500.00', 'DRAFT');
    const list = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>, first = 10, after?: string) =>
      ok(server, LIST, { filter: { customerId: c2, ...filter }, orderBy, first, after }, t.repNorth);
    const titles = (l: any) => l.edges.map((e: any) => e.node.title.split(' ')[0]);
    expect(titles(await list({}))).toEqual(['A', 'B', 'E', 'C', 'D']); // default: end date ascending
    for (const [status, expected] of [['EXPIRED', ['A']], ['EXPIRING', ['B', 'C']], ['ACTIVE', ['D']], ['DRAFT', ['E']]] as const) {
      const l = await list({ status });
      expect(titles(l)).toEqual(expected);
      expect(l.edges.every((e: any) => e.node.status === status)).toBe(true);
    }
    expect(titles(await list({ search: '续约' }))).toEqual(['A']);
    expect(titles(await list({ endFrom: inDays(0), endTo: inDays(30) }))).toEqual(['B', 'E', 'C']);
    expect(titles(await list({}, { field: 'VALUE', direction: 'DESC' }))).toEqual(['E', 'D', 'B', 'C', 'A']);
    const p1 = await list({}, { field: 'VALUE', direction: 'ASC' }, 2);
    expect(titles(p1)).toEqual(['A', 'C']);
    expect(p1.totalCount).toBe(5);
    const p2 = await list({}, { field: 'VALUE', direction: 'ASC' }, 2, p1.pageInfo.endCursor);
    expect(titles(p2)).toEqual(['B', 'D']);
    const p3 = await list({}, { field: 'END_DATE', direction: 'ASC' }, 3);
    expect(titles(await list({}, { field: 'END_DATE', direction: 'ASC' }, 3, p3.pageInfo.endCursor))).toEqual(['C', 'D']);
    const u1 = await list({}, { field: 'UPDATED_AT', direction: 'DESC' }, 4);
    expect((await list({}, { field: 'UPDATED_AT', direction: 'DESC' }, 4, u1.pageInfo.endCursor)).edges).toHaveLength(1);
  });

  it('customerEntitlements: lines of contracts in effect on the day, with what remains; service agents may ask', async () => {
    const db = server.db.prisma;
    const c3 = (await makeCustomer(db, { ownerId: u.agent })).id;
    const running = await makeContract(db, { customerId: c3, ownerId: u.repNorth, state: 'ACTIVE', number: 'C-T-RUN' }, { start: '2026-01-01', end: '2026-06-30' });
    const later = await makeContract(db, { customerId: c3, ownerId: u.repNorth, state: 'ACTIVE', number: 'C-T-LATER' }, { start: '2026-07-01', end: '2026-12-31' });
    const draft = await makeContract(db, { customerId: c3, ownerId: u.repNorth, state: 'DRAFT' }, { start: '2026-01-01', end: '2026-12-31' });
    const ended = await makeContract(db, { customerId: c3, ownerId: u.repNorth, state: 'TERMINATED' }, { start: '2026-01-01', end: '2026-12-31' });
    for (const [contractId, name, quantity, used] of [[running.id, 'Visits', 4, 3], [running.id, 'Hotline', null, 7], [later.id, 'Training', 2, 0], [draft.id, 'Draft line', 1, 0], [ended.id, 'Ended line', 1, 0]] as const) {
      await db.contractEntitlement.create({ data: { id: crypto.randomUUID(), contractId, name, quantity, used } });
    }
    const on = async (day: string) => (await ok(server, ENTITLEMENTS, { id: c3, on: day }, t.agent)).map((e: any) => `${e.contractNumber} ${e.name} ${e.remaining}`);
    expect(await on('2026-06-30')).toEqual(['C-T-RUN Visits 1', 'C-T-RUN Hotline null']);
    expect(await on('2026-07-01')).toEqual(['C-T-LATER Training 2']);
    expect(await on('2025-12-31')).toEqual([]);
    expect(await on('2027-01-01')).toEqual([]);
    expect(codeOf(await server.gql(ENTITLEMENTS, { id: c3, on: '2026-06-01' }, t.repEast))).toBe('NOT_FOUND'); // customer out of scope
  });
});

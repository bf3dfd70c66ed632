import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeLead } from './lead-factories.ts';

const CONVERT = `mutation($id: ID!, $input: ConvertLeadInput!) { convertLead(id: $id, input: $input) {
  customerReused
  lead { status convertedAt convertedCustomerId convertedContactId convertedOpportunityId convertedCustomer { name } }
  customer { id name kind owner { id } }
  contact { id name email isPrimary }
  opportunity { id name amount { amount currency } expectedCloseDate customer { id } contact { id } owner { id } }
} }`;

describe('lead conversion through the API', () => {
  let server: TestServer;
  let rep: { id: string; token: string };
  let manager: { id: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    await ensureDefaultStages(server.db.prisma);
    const dept = await makeDepartment(server.db.prisma);
    rep = await server.signIn('SALES_REP', { departmentId: dept.id });
    manager = await server.signIn('SALES_MANAGER', { departmentId: dept.id });
  });
  afterAll(() => server.close());

  const counts = async () => ({
    customers: await server.db.prisma.customer.count(),
    contacts: await server.db.prisma.contact.count(),
    opportunities: await server.db.prisma.opportunity.count(),
  });

  it('creates customer, contact and opportunity in one step, audited on the lead and the customer', async () => {
    const lead = await makeLead(server.db.prisma, { name: '王芳', company: '成都天府软件有限公司', email: 'wangfang@tianfu.example', title: 'CTO', ownerId: rep.id, source: 'EVENT' });
    const res = await server.gql(CONVERT, { id: lead.id, input: { createOpportunity: true, opportunityName: '天府 CRM 项目', amount: '120000.50', currency: 'cny', expectedCloseDate: '2027-03-31' } }, rep.token);
    expect(res.errors).toBeUndefined();
    const r = res.data!.convertLead;
    expect(r.customerReused).toBe(false);
    expect(r.customer).toMatchObject({ name: '成都天府软件有限公司', kind: 'COMPANY', owner: { id: rep.id } });
    expect(r.contact).toMatchObject({ name: '王芳', email: 'wangfang@tianfu.example', isPrimary: true });
    expect(r.opportunity).toMatchObject({
      name: '天府 CRM 项目', amount: { amount: '120000.50', currency: 'CNY' }, expectedCloseDate: '2027-03-31',
      customer: { id: r.customer.id }, contact: { id: r.contact.id }, owner: { id: rep.id },
    });
    expect(r.lead).toMatchObject({
      status: 'CONVERTED', convertedCustomerId: r.customer.id, convertedContactId: r.contact.id, convertedOpportunityId: r.opportunity.id,
      convertedCustomer: { name: '成都天府软件有限公司' },
    });
    const deal = await server.db.prisma.opportunity.findUniqueOrThrow({ where: { id: r.opportunity.id } });
    expect(deal.leadId).toBe(lead.id);
    const timeline = await server.gql(`query($id: ID!) { customer(id: $id) { timeline { edges { node { kind entity } } } } }`, { id: r.customer.id }, rep.token);
    const entries = timeline.data!.customer.timeline.edges.map((e: any) => `${e.node.kind} ${e.node.entity}`);
    expect(entries).toEqual(expect.arrayContaining(['CONVERTED Lead', 'CREATED Customer', 'CREATED Contact', 'CREATED Opportunity']));
  });

  it('reuses a visible customer named exactly like the company (any case)', async () => {
    const existing = await makeCustomer(server.db.prisma, { name: 'Harbor Logistics Ltd', ownerId: rep.id });
    const lead = await makeLead(server.db.prisma, { name: 'Amy Chen', company: 'harbor logistics ltd', ownerId: rep.id });
    const before = await counts();
    const res = await server.gql(CONVERT, { id: lead.id, input: { createOpportunity: false } }, rep.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.convertLead).toMatchObject({ customerReused: true, customer: { id: existing.id }, contact: { name: 'Amy Chen', isPrimary: false }, opportunity: null });
    expect(await counts()).toEqual({ ...before, contacts: before.contacts + 1 });
  });

  it('reuses the customer the user picked', async () => {
    const picked = await makeCustomer(server.db.prisma, { name: 'Picked Co', ownerId: rep.id });
    const lead = await makeLead(server.db.prisma, { name: 'Bob', company: 'Unrelated Inc', ownerId: rep.id });
    const res = await server.gql(CONVERT, { id: lead.id, input: { customerId: picked.id, createOpportunity: false } }, rep.token);
    expect(res.data!.convertLead.customer.id).toBe(picked.id);
  });

  it('answers CONFLICT for an already converted or a disqualified lead, storing nothing', async () => {
    const lead = await makeLead(server.db.prisma, { name: 'Twice', company: 'Twice Co', ownerId: rep.id });
    expect((await server.gql(CONVERT, { id: lead.id, input: { createOpportunity: false } }, rep.token)).errors).toBeUndefined();
    const before = await counts();
    const again = await server.gql(CONVERT, { id: lead.id, input: { createOpportunity: false } }, rep.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CONVERTED' });
    const dq = await makeLead(server.db.prisma, { name: 'Nope', company: 'Nope Co', ownerId: rep.id, status: 'DISQUALIFIED', disqualifyReason: 'x' });
    const res = await server.gql(CONVERT, { id: dq.id, input: { createOpportunity: false } }, rep.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DISQUALIFIED' });
    expect(await counts()).toEqual(before);
  });

  it('rolls everything back when a later step fails: no customer or contact is left behind', async () => {
    const lead = await makeLead(server.db.prisma, { name: '赵敏', company: '回滚测试有限公司', ownerId: rep.id });
    const before = await counts();
    const bad = await server.gql(CONVERT, { id: lead.id, input: { createOpportunity: true, amount: '12.345', currency: 'CNY' } }, rep.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.amount' })] });
    const currency = await server.gql(CONVERT, { id: lead.id, input: { createOpportunity: true, amount: '1', currency: 'XXX' } }, rep.token);
    expect(currency.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.currency' })]);
    expect(await counts()).toEqual(before);
    expect(await server.db.prisma.customer.count({ where: { name: '回滚测试有限公司' } })).toBe(0);
    const after = await server.db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(after).toMatchObject({ status: 'NEW', convertedCustomerId: null, version: 1 });
    expect(await server.db.prisma.auditLog.count({ where: { entityId: lead.id } })).toBe(0);
  });

  it('converts a pool lead to the converter and a team lead for its owner', async () => {
    const pool = await makeLead(server.db.prisma, { name: 'Pool person', ownerId: null });
    const mine = await server.gql(CONVERT, { id: pool.id, input: { createOpportunity: true, amount: '10' } }, rep.token);
    expect(mine.data!.convertLead).toMatchObject({ customer: { name: 'Pool person', kind: 'PERSON', owner: { id: rep.id } }, opportunity: { owner: { id: rep.id } } });
    const team = await makeLead(server.db.prisma, { name: 'Team person', company: 'Team Co', ownerId: rep.id });
    const byManager = await server.gql(CONVERT, { id: team.id, input: { createOpportunity: true, amount: '10' } }, manager.token);
    expect(byManager.errors).toBeUndefined();
    expect(byManager.data!.convertLead).toMatchObject({ customer: { owner: { id: rep.id } }, opportunity: { owner: { id: rep.id } } });
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer, makeDepartment, makePartner } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';

/**
 * Explicit sharing (SPEC §5): an owner shares a deal, customer or contract with a colleague
 * or a department, read-only or read-write; children follow; shares show on the record and
 * the timeline, and end when revoked.
 */
describe('sharing records through the API', () => {
  let server: TestServer;
  let repA: { id: string; token: string };
  let repB: { id: string; token: string };
  let repSub: { id: string; token: string };
  let partnerUser: { id: string; token: string };
  let east: string;
  let customerId: string;
  let dealId: string;
  const DEAL = 'query($id: ID!) { opportunity(id: $id) { id name version viewerCanEdit shares { id canEdit user { id name } department { id } createdBy { id } } } }';
  const SHARE = 'mutation($input: ShareRecordInput!) { shareOpportunity(input: $input) { id canEdit user { id } } }';
  const RENAME = 'mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { name version } }';
  const COUNT = '{ opportunities { totalCount } }';

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    await ensureDefaultStages(db);
    const north = await makeDepartment(db, { name: 'North' });
    east = (await makeDepartment(db, { name: 'East' })).id;
    const eastShanghai = await makeDepartment(db, { name: 'East / Shanghai', parentId: east });
    repA = await server.signIn('SALES_REP', { departmentId: north.id });
    repB = await server.signIn('SALES_REP', { departmentId: east });
    repSub = await server.signIn('SALES_REP', { departmentId: eastShanghai.id });
    partnerUser = await server.signIn('PARTNER', { partnerId: (await makePartner(db)).id });
    customerId = (await makeCustomer(db, { name: '共享客户 Shared Co', ownerId: repA.id })).id;
    await makeContact(db, customerId, { name: '共享联系人 Contact' });
    const created = await server.gql(
      'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
      { input: { name: '共享商机 Shared deal', customerId, amount: '50000.00', currency: 'CNY', expectedCloseDate: '2026-12-31' } },
      repA.token,
    );
    dealId = created.data!.createOpportunity.id;
  });
  afterAll(() => server.close());

  it('shows a deal shared read-only to the colleague, who may read but not change it', async () => {
    expect((await server.gql(DEAL, { id: dealId }, repB.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(COUNT, {}, repB.token)).data!.opportunities.totalCount).toBe(0);

    const shared = await server.gql(SHARE, { input: { recordId: dealId, userId: repB.id } }, repA.token);
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareOpportunity).toMatchObject({ canEdit: false, user: { id: repB.id } });

    const seen = await server.gql(DEAL, { id: dealId }, repB.token);
    expect((await server.gql(DEAL, { id: dealId }, repA.token)).data!.opportunity.viewerCanEdit).toBe(true);
    expect(seen.data!.opportunity).toMatchObject({ name: '共享商机 Shared deal', viewerCanEdit: false, shares: [{ canEdit: false, user: { id: repB.id }, createdBy: { id: repA.id } }] });
    expect((await server.gql(COUNT, {}, repB.token)).data!.opportunities.totalCount).toBe(1);
    const edit = await server.gql(RENAME, { id: dealId, input: { version: seen.data!.opportunity.version, name: 'Renamed by B' } }, repB.token);
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const quote = await server.gql('mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }', { input: { opportunityId: dealId, title: 'Q', validUntil: '2027-01-31' } }, repB.token);
    expect(quote.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // a grantee cannot pass the record on
    const reshare = await server.gql(SHARE, { input: { recordId: dealId, userId: repSub.id } }, repB.token);
    expect(reshare.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the colleague edit once the share is read-write, and hides the deal again when revoked', async () => {
    const upgraded = await server.gql(SHARE, { input: { recordId: dealId, userId: repB.id, canEdit: true } }, repA.token);
    expect(upgraded.data!.shareOpportunity.canEdit).toBe(true);
    const { version, shares, viewerCanEdit } = (await server.gql(DEAL, { id: dealId }, repB.token)).data!.opportunity;
    expect(viewerCanEdit).toBe(true);
    expect(shares).toHaveLength(1); // sharing again changed the grant, it did not add one
    const edit = await server.gql(RENAME, { id: dealId, input: { version, name: '共享商机 edited by B' } }, repB.token);
    expect(edit.errors).toBeUndefined();

    const revoked = await server.gql('mutation($id: ID!) { revokeShare(id: $id) }', { id: shares[0].id }, repA.token);
    expect(revoked.data!.revokeShare).toBe(true);
    expect((await server.gql(DEAL, { id: dealId }, repB.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const timeline = await server.gql('query($id: ID!) { customer(id: $id) { timeline(first: 20) { edges { node { kind entity changes { field toLabel fromLabel } } } } } }', { id: customerId }, repA.token);
    const kinds = timeline.data!.customer.timeline.edges.map((e: any) => `${e.node.kind} ${e.node.entity}`);
    expect(kinds).toEqual(expect.arrayContaining(['SHARED Opportunity', 'SHARE_CHANGED Opportunity', 'UNSHARED Opportunity']));
  });

  it('shares a customer with a department: its members and sub-departments see it and its contacts', async () => {
    const res = await server.gql('mutation($input: ShareRecordInput!) { shareCustomer(input: $input) { id department { id } } }', { input: { recordId: customerId, departmentId: east } }, repA.token);
    expect(res.errors).toBeUndefined();
    for (const who of [repB, repSub]) {
      const c = await server.gql('query($id: ID!) { customer(id: $id) { name viewerCanEdit contacts { totalCount } } }', { id: customerId }, who.token);
      expect(c.data!.customer).toEqual({ name: '共享客户 Shared Co', viewerCanEdit: false, contacts: { totalCount: 1 } });
    }
    // the deal on it stays private: sharing a customer does not share its deals
    expect((await server.gql(DEAL, { id: dealId }, repSub.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // partner users never see staff shares
    expect((await server.gql('query($id: ID!) { customer(id: $id) { id } }', { id: customerId }, partnerUser.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a rep find a colleague of another team by name in the directory, with no personal fields', async () => {
    const res = await server.gql('query($s: String) { colleagues(search: $s) { id name email role department { id } } }', { s: 'User' }, repA.token);
    expect(res.errors).toBeUndefined();
    const found = res.data!.colleagues.find((u: any) => u.id === repB.id);
    expect(found).toMatchObject({ email: null, role: null, department: { id: east } });
    expect(res.data!.colleagues.map((u: any) => u.id)).not.toContain(partnerUser.id);
    const literal = await server.gql('{ colleagues(search: "%") { id } }', {}, repA.token);
    expect(literal.data!.colleagues).toEqual([]);
  });

  it('names the field for bad grantees and stores nothing', async () => {
    const both = await server.gql(SHARE, { input: { recordId: dealId, userId: repB.id, departmentId: east } }, repA.token);
    expect(both.errors?.[0].extensions?.fields?.map((f: any) => f.field)).toEqual(['input.userId', 'input.departmentId']);
    const partner = await server.gql(SHARE, { input: { recordId: dealId, userId: partnerUser.id } }, repA.token);
    expect(partner.errors?.[0].extensions?.fields).toEqual([{ field: 'input.userId', message: expect.stringContaining('partner') }]);
    const owner = await server.gql(SHARE, { input: { recordId: dealId, userId: repA.id } }, repA.token);
    expect(owner.errors?.[0].extensions?.fields).toEqual([{ field: 'input.userId', message: 'already owns this record' }]);
    expect((await server.gql(DEAL, { id: dealId }, repA.token)).data!.opportunity.shares).toEqual([]);
  });
});

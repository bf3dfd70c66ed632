import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment, makePartner } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';

/**
 * Regression: a customer's timeline returned every audit row carrying the customer's id,
 * so another team's rep saw the name and amount of a deal on a pool customer, and a
 * partner user saw internal deals on its own customers. Each entry now follows the rule of
 * the record it is about; and a user's personal fields follow the field rule on every path.
 */
describe('timeline entries and nested users follow their own rules', () => {
  let server: TestServer;
  const TIMELINE = `query($id: ID!) { customer(id: $id) { timeline(first: 50) { edges { node { entity entityId actor { id name email role lastLoginAt lockedUntil } } } } } }`;
  let repNorth: { id: string; token: string };
  let repEast: { id: string; token: string };
  let partnerUser: { id: string; token: string };
  let admin: { id: string; token: string };
  let pool: string;
  let shared: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    await ensureDefaultStages(db);
    const north = await makeDepartment(db, { name: 'North' });
    const east = await makeDepartment(db, { name: 'East' });
    const partner = await makePartner(db);
    repNorth = await server.signIn('SALES_REP', { departmentId: north.id });
    repEast = await server.signIn('SALES_REP', { departmentId: east.id });
    partnerUser = await server.signIn('PARTNER', { partnerId: partner.id });
    admin = await server.signIn('ADMIN');
    pool = (await makeCustomer(db, { name: '公海客户 Pool' })).id;
    shared = (await makeCustomer(db, { name: '渠道客户 Partner-linked', ownerId: repNorth.id, partnerId: partner.id })).id;
    for (const customerId of [pool, shared]) {
      const res = await server.gql(
        'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
        { input: { name: '机密商机 Secret deal', customerId, amount: '990000.00', currency: 'CNY', expectedCloseDate: '2026-12-31' } },
        repNorth.token,
      );
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => server.close());

  const entities = async (customerId: string, token: string) => {
    const res = await server.gql(TIMELINE, { id: customerId }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.customer.timeline.edges.map((e: any) => e.node);
  };

  it('shows the deal’s entry to its owner and hides it from another team’s rep on a pool customer', async () => {
    expect((await entities(pool, repNorth.token)).map((n: any) => n.entity)).toContain('Opportunity');
    const seen = await entities(pool, repEast.token);
    expect(seen.map((n: any) => n.entity)).not.toContain('Opportunity');
    expect(JSON.stringify(seen)).not.toContain('Secret deal');
  });

  it('hides internal deals on its own customer from a partner user', async () => {
    const seen = await entities(shared, partnerUser.token);
    expect(seen.map((n: any) => n.entity)).not.toContain('Opportunity');
  });

  it('shows a user’s email, role, sign-in and lock state only to admins and the user, on every path', async () => {
    const asOther = (await entities(pool, repEast.token)).concat(await entities(shared, partnerUser.token));
    for (const node of asOther.filter((n: any) => n.actor)) {
      expect(node.actor).toEqual({ id: node.actor.id, name: expect.any(String), email: null, role: null, lastLoginAt: null, lockedUntil: null });
    }
    const asSelf = (await entities(pool, repNorth.token)).find((n: any) => n.actor?.id === repNorth.id);
    expect(asSelf.actor).toMatchObject({ email: expect.stringContaining('@'), role: 'SALES_REP' });
    const asAdmin = (await entities(pool, admin.token)).find((n: any) => n.actor?.id === repNorth.id);
    expect(asAdmin.actor).toMatchObject({ email: expect.stringContaining('@'), role: 'SALES_REP', lastLoginAt: expect.any(String) });

    const owner = await server.gql('query($id: ID!) { customer(id: $id) { owner { name email role } } }', { id: shared }, partnerUser.token);
    expect(owner.data!.customer.owner).toEqual({ name: expect.any(String), email: null, role: null });
  });
});

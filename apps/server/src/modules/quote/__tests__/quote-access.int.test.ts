import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeDepartment, makePartner } from '../../../seed/factories.ts';
import type { Scope } from '../../../core/auth/scope.ts';
import { makeDeal, makeOrder, makeQuote } from './quote-factories.ts';
import { ACCEPT, GET, LIST, ORDER, ORDERS, UPDATE, FULFIL } from './quote-api.ts';

/**
 * Quotes and orders are visible exactly when their deal is (§5): a rep sees their deals'
 * documents only, a manager the department subtree's, partners their company's; any other
 * id answers NOT_FOUND with no data. Moving the deal moves its documents.
 */
describe('quote and order visibility', () => {
  let server: TestServer;
  const t: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    const sales = await makeDepartment(db, { name: 'Sales' });
    const north = await makeDepartment(db, { name: 'North', parentId: sales.id });
    const east = await makeDepartment(db, { name: 'East', parentId: sales.id });
    const repNorth = await server.signIn('SALES_REP', { departmentId: north.id });
    const repEast = await server.signIn('SALES_REP', { departmentId: east.id });
    Object.assign(t, {
      repNorth: repNorth.token, repEast: repEast.token, repEastId: repEast.id, repNorthId: repNorth.id,
      managerNorth: (await server.signIn('SALES_MANAGER', { departmentId: north.id })).token,
      director: (await server.signIn('SALES_MANAGER', { departmentId: sales.id })).token,
      admin: (await server.signIn('ADMIN')).token,
      service: (await server.signIn('SERVICE_MANAGER', { departmentId: sales.id })).token,
    });
    const northDeal = await makeDeal(db, { ownerId: repNorth.id, name: 'North deal' });
    const eastDeal = await makeDeal(db, { ownerId: repEast.id, name: 'East deal' });
    const partner = await makePartner(db);
    const otherPartner = await makePartner(db);
    const partnerDeal = await makeDeal(db, { partnerId: partner.id });
    const otherPartnerDeal = await makeDeal(db, { partnerId: otherPartner.id });
    Object.assign(ids, {
      northDeal: northDeal.id, eastDeal: eastDeal.id, eastCustomer: eastDeal.customerId, northCustomer: northDeal.customerId,
      partner: partner.id, partnerDeal: partnerDeal.id,
      northQuote: await makeQuote(db, northDeal, { title: '北 North quote' }),
      eastQuote: await makeQuote(db, eastDeal, { title: '东 East quote', status: 'SENT' }),
      northOrder: await makeOrder(db, northDeal),
      eastOrder: await makeOrder(db, eastDeal),
      partnerQuote: await makeQuote(db, partnerDeal, { title: 'Partner quote' }),
      otherPartnerQuote: await makeQuote(db, otherPartnerDeal, { title: 'Other partner quote' }),
      partnerOrder: await makeOrder(db, partnerDeal),
      otherPartnerOrder: await makeOrder(db, otherPartnerDeal),
    });
  });
  afterAll(() => server.close());

  const quoteIds = async (token: string) =>
    (await server.gql(LIST, { first: 100 }, token)).data!.quotes.edges.map((e: any) => e.node.id).sort();
  const orderIds = async (token: string) =>
    (await server.gql(ORDERS, {}, token)).data!.orders.edges.map((e: any) => e.node.id).sort();

  it('shows a rep only the quotes and orders of their own deals', async () => {
    const quotes = await quoteIds(t.repNorth);
    expect(quotes).toContain(ids.northQuote);
    expect(quotes).not.toContain(ids.eastQuote);
    expect(await orderIds(t.repNorth)).toEqual([ids.northOrder].sort());
    const list = await server.gql(LIST, { filter: { search: '东' } }, t.repNorth);
    expect(list.data!.quotes.totalCount).toBe(0);
  });

  it('answers NOT_FOUND with no data for another team’s quote or order', async () => {
    for (const [query, variables] of [
      [GET, { id: ids.eastQuote }],
      [UPDATE, { id: ids.eastQuote, input: { version: 1, title: 'Mine now' } }],
      [ACCEPT, { id: ids.eastQuote }],
      [ORDER, { id: ids.eastOrder }],
    ] as const) {
      const res = await server.gql(query, variables, t.repNorth);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    const fulfil = await server.gql(FULFIL, { id: ids.eastOrder, v: 1 }, t.managerNorth);
    expect(fulfil.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.db.prisma.quote.findUniqueOrThrow({ where: { id: ids.eastQuote } })).status).toBe('SENT');
  });

  it('shows managers their subtree and admins everything', async () => {
    expect(await quoteIds(t.managerNorth)).toEqual(expect.not.arrayContaining([ids.eastQuote]));
    const director = await quoteIds(t.director);
    expect(director).toEqual(expect.arrayContaining([ids.northQuote, ids.eastQuote]));
    expect(director).not.toContain(ids.partnerQuote);
    expect(await orderIds(t.admin)).toHaveLength(4);
  });

  it('follows the deal: reassigning the deal moves its quotes and orders', async () => {
    await server.db.prisma.opportunity.update({ where: { id: ids.eastDeal }, data: { ownerId: t.repNorthId } });
    expect((await server.gql(GET, { id: ids.eastQuote }, t.repNorth)).data?.quote.title).toBe('东 East quote');
    expect((await server.gql(GET, { id: ids.eastQuote }, t.repEast)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await server.db.prisma.opportunity.update({ where: { id: ids.eastDeal }, data: { ownerId: t.repEastId } });
  });

  it('scopes partner users to their company’s deals', async () => {
    const scope: Scope = { kind: 'partner', userId: 'p', role: 'PARTNER', partnerId: ids.partner };
    const quotes = await server.services.quote.list(scope, { first: 100 });
    // the partner deal's draft and the accepted quote behind its order
    expect(quotes.edges.map((e) => e.node.id)).toContain(ids.partnerQuote);
    expect(new Set(quotes.edges.map((e) => e.node.opportunityId))).toEqual(new Set([ids.partnerDeal]));
    const orders = await server.services.order.list(scope, { first: 100 });
    expect(orders.edges.map((e) => e.node.id)).toEqual([ids.partnerOrder]);
    await expect(server.services.quote.get(scope, ids.otherPartnerQuote)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(server.services.order.get(scope, ids.otherPartnerOrder)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    // partner users hold no quote permission at all: the API refuses before any scope applies
    const partner = await server.signIn('PARTNER', { partnerId: ids.partner });
    expect((await server.gql(LIST, {}, partner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages and sorts lists with cursors (admin sees all), and searches number or title', async () => {
    const all = await server.gql(LIST, { first: 100, orderBy: { field: 'TOTAL', direction: 'ASC' } }, t.admin);
    const total = all.data!.quotes.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await server.gql(LIST, { first: 3, after, orderBy: { field: 'NUMBER', direction: 'DESC' } }, t.admin)).data!.quotes;
      expect(page.totalCount).toBe(total);
      seen.push(...page.edges.map((e: any) => e.node.number));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort().reverse());
    const found = await server.gql(LIST, { filter: { search: '北 north' } }, t.admin);
    expect(found.data!.quotes.edges.map((e: any) => e.node.id)).toEqual([ids.northQuote]);
    const bad = await server.gql(LIST, { after: 'not-a-cursor' }, t.admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists a deal’s quotes and a customer’s orders as batched fields', async () => {
    const res = await server.gql(
      `query($id: ID!, $c: ID!) { opportunity(id: $id) { quotes { id title status } } customer(id: $c) { orders { id number } } }`,
      { id: ids.northDeal, c: ids.northCustomer }, t.repNorth,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.opportunity.quotes.map((q: any) => q.id)).toContain(ids.northQuote);
    expect(res.data!.customer.orders.map((o: any) => o.id)).toEqual([ids.northOrder]);
    // a service manager of the subtree sees orders (order:read) of the deals in scope, not quotes
    const service = await server.gql(ORDERS, {}, t.service);
    expect(service.errors).toBeUndefined();
  });
});

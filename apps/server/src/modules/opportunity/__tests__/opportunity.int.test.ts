import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { CREATE, GET, LIST, UPDATE, fieldsOf, stageIds } from './opportunity-api.ts';

describe('opportunities through the API', () => {
  let server: TestServer;
  let rep: { id: string; token: string };
  let customerId: string;
  let stage: Record<string, string>;
  const input = (extra: Record<string, unknown> = {}) => ({ name: 'ERP 升级项目', customerId, amount: '12345.67', currency: 'CNY', expectedCloseDate: '2026-12-31', ...extra });

  beforeAll(async () => {
    server = await startTestServer();
    await ensureDefaultStages(server.db.prisma);
    rep = await server.signIn('SALES_REP');
    customerId = (await makeCustomer(server.db.prisma, { name: '北京星辰科技有限公司', ownerId: rep.id })).id;
    stage = await stageIds(server, rep.token);
  });
  afterAll(() => server.close());

  it('creates a deal in the first stage at its probability, with history and a timeline entry', async () => {
    const res = await server.gql(CREATE, { input: input() }, rep.token);
    expect(res.errors).toBeUndefined();
    const deal = res.data!.createOpportunity;
    expect(deal).toMatchObject({
      name: 'ERP 升级项目', version: 1, probability: 10, status: 'OPEN', closedAt: null, expectedCloseDate: '2026-12-31',
      amount: { amount: '12345.67', currency: 'CNY' }, weightedAmount: { amount: '1234.57', currency: 'CNY' },
      stage: { id: stage.Qualification }, owner: { id: rep.id }, customer: { id: customerId },
    });
    const detail = (await server.gql(GET, { id: deal.id }, rep.token)).data!.opportunity;
    expect(detail.stageHistory).toEqual([
      { secondsInFrom: null, changedAt: expect.any(String), fromStage: null, toStage: { name: '资格确认 Qualification' }, changedBy: { id: rep.id } },
    ]);
    const timeline = await server.gql('query($id: ID!) { customer(id: $id) { opportunities { totalCount } timeline { edges { node { kind entity entityId } } } } }', { id: customerId }, rep.token);
    expect(timeline.data!.customer.opportunities.totalCount).toBe(1);
    expect(timeline.data!.customer.timeline.edges[0].node).toEqual({ kind: 'CREATED', entity: 'Opportunity', entityId: deal.id });
  });

  it('keeps money exact: decimal strings in, decimal strings out, weighted half-up to cents', async () => {
    const at35 = (await server.gql(CREATE, { input: input({ name: 'Weighted', probability: 35 }) }, rep.token)).data!.createOpportunity;
    // 12345.67 × 35 / 100 = 4320.9845 → 4320.98 (half-up at the third decimal)
    expect(at35.weightedAmount).toEqual({ amount: '4320.98', currency: 'CNY' });
    const half = (await server.gql(CREATE, { input: input({ name: 'Half cent', amount: '0.10', probability: 5 }) }, rep.token)).data!.createOpportunity;
    expect(half.weightedAmount.amount).toBe('0.01'); // 0.005 rounds up
    const cents = (await server.gql(CREATE, { input: input({ name: 'Point two', amount: '0.2', currency: 'usd' }) }, rep.token)).data!.createOpportunity;
    expect(cents.amount).toEqual({ amount: '0.20', currency: 'USD' });
    const big = (await server.gql(CREATE, { input: input({ name: 'Big', amount: '9999999999999999.99', probability: 99 }) }, rep.token)).data!.createOpportunity;
    expect(big.amount.amount).toBe('9999999999999999.99');
    expect(big.weightedAmount.amount).toBe('9899999999999999.99'); // 9899999999999999.9901
  });

  it('rejects bad input naming the field, storing nothing', async () => {
    const other = await server.signIn('SALES_REP');
    const hidden = (await makeCustomer(server.db.prisma, { name: 'Hidden Co', ownerId: other.id })).id;
    const foreignContact = (await makeContact(server.db.prisma, hidden)).id;
    const before = await server.db.prisma.opportunity.count();
    const audit = await server.db.prisma.auditLog.count();
    const cases: [Record<string, unknown>, string][] = [
      [input({ amount: '-1' }), 'input.amount'],
      [input({ amount: '1.234' }), 'input.amount'],
      [input({ amount: 'abc' }), 'input.amount'],
      [input({ currency: 'XYZ' }), 'input.currency'],
      [input({ expectedCloseDate: '2026-02-30' }), 'input.expectedCloseDate'],
      [input({ expectedCloseDate: null }), 'input.expectedCloseDate'],
      [input({ name: ' ' }), 'input.name'],
      [input({ customerId: hidden }), 'input.customerId'],
      [input({ contactId: foreignContact }), 'input.contactId'],
      [input({ probability: 101 }), 'input.probability'],
      [input({ stageId: stage.Lost }), 'input.lostReason'],
      [input({ stageId: '7d9e7a55-0000-4000-8000-000000000000' }), 'input.stageId'],
    ];
    for (const [bad, field] of cases) {
      const res = await server.gql(CREATE, { input: bad }, rep.token);
      expect([res.errors?.[0].extensions?.code, field]).toEqual(['BAD_USER_INPUT', field]);
      expect(fieldsOf(res)).toContain(field);
    }
    const hiddenRes = await server.gql(CREATE, { input: input({ customerId: hidden }) }, rep.token);
    expect(hiddenRes.errors![0].extensions!.fields).toEqual([{ field: 'input.customerId', message: 'no such customer' }]);
    expect(await server.db.prisma.opportunity.count()).toBe(before);
    expect(await server.db.prisma.auditLog.count()).toBe(audit);
  });

  it('lets reps own their deals only, and managers assign within their team', async () => {
    const self = await server.gql(CREATE, { input: input({ name: 'Own deal', ownerId: rep.id, contactId: null, competitors: [], source: null }) }, rep.token);
    expect(self.data!.createOpportunity.owner).toEqual({ id: rep.id });
    const other = await server.signIn('SALES_REP');
    const forOther = await server.gql(CREATE, { input: input({ name: 'For someone else', ownerId: other.id }) }, rep.token);
    expect(forOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dept = await makeDepartment(server.db.prisma);
    const manager = await server.signIn('SALES_MANAGER', { departmentId: dept.id });
    const member = await server.signIn('SALES_REP', { departmentId: dept.id });
    const own = (await makeCustomer(server.db.prisma, { ownerId: manager.id })).id;
    const assigned = await server.gql(CREATE, { input: input({ customerId: own, name: 'Assigned', ownerId: member.id }) }, manager.token);
    expect(assigned.data!.createOpportunity.owner).toEqual({ id: member.id });
    const outside = await server.gql(CREATE, { input: input({ customerId: own, name: 'Outside', ownerId: other.id }) }, manager.token);
    expect(fieldsOf(outside)).toContain('input.ownerId');
  });

  it('updates with a version; a stale one answers CONFLICT and changes nothing', async () => {
    const deal = (await server.gql(CREATE, { input: input({ name: 'Versioned deal' }) }, rep.token)).data!.createOpportunity;
    const ok = await server.gql(UPDATE, { id: deal.id, input: { version: 1, amount: '500', probability: 40 } }, rep.token);
    expect(ok.data!.updateOpportunity).toMatchObject({ version: 2, probability: 40, amount: { amount: '500.00' }, weightedAmount: { amount: '200.00' } });
    const stale = await server.gql(UPDATE, { id: deal.id, input: { version: 1, name: 'Overwritten' } }, rep.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const now = (await server.gql(GET, { id: deal.id }, rep.token)).data!.opportunity;
    expect(now).toMatchObject({ name: 'Versioned deal', version: 2 });
  });

  it('lists with filters, sort and cursor pages', async () => {
    const page = async (after: string | null) =>
      (await server.gql(LIST, { first: 2, after, filter: { search: '升级' , minAmount: '100' }, orderBy: { field: 'AMOUNT', direction: 'DESC' } }, rep.token)).data!.opportunities;
    const first = await page(null);
    expect(first.totalCount).toBeGreaterThanOrEqual(1);
    const amounts = await server.gql(LIST, { first: 100, filter: { minAmount: '0.15' }, orderBy: { field: 'AMOUNT', direction: 'ASC' } }, rep.token);
    const values = amounts.data!.opportunities.edges.map((e: any) => e.node.amount.amount);
    expect(values[0]).toBe('0.20');
    expect(values).not.toContain('0.10');
    let after: string | null = null;
    const seen: string[] = [];
    do {
      const res: any = await server.gql(LIST, { first: 2, after, orderBy: { field: 'NAME', direction: 'ASC' } }, rep.token);
      seen.push(...res.data.opportunities.edges.map((e: any) => e.node.name));
      after = res.data.opportunities.pageInfo.hasNextPage ? res.data.opportunities.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : 1)));
    expect(seen.length).toBe((await server.gql(LIST, {}, rep.token)).data!.opportunities.totalCount);
    const bad = await server.gql(LIST, { filter: { minAmount: '-5' } }, rep.token);
    expect(fieldsOf(bad)).toContain('filter.minAmount');
  });

  it('soft-deletes and restores (managers), keeping history', async () => {
    const manager = await server.signIn('SALES_MANAGER');
    const own = (await makeCustomer(server.db.prisma, { ownerId: manager.id })).id;
    const deal = (await server.gql(CREATE, { input: input({ customerId: own, name: 'Deletable deal' }) }, manager.token)).data!.createOpportunity;
    const denied = await server.gql('mutation($id: ID!) { deleteOpportunity(id: $id) { id } }', { id: deal.id }, rep.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await server.gql('mutation($id: ID!) { deleteOpportunity(id: $id) { deletedAt } }', { id: deal.id }, manager.token);
    expect((await server.gql(LIST, { filter: { search: 'Deletable' } }, manager.token)).data!.opportunities.totalCount).toBe(0);
    expect((await server.gql(LIST, { filter: { search: 'Deletable', deleted: 'DELETED' } }, manager.token)).data!.opportunities.totalCount).toBe(1);
    const restored = await server.gql('mutation($id: ID!) { restoreOpportunity(id: $id) { deletedAt } }', { id: deal.id }, manager.token);
    expect(restored.data!.restoreOpportunity.deletedAt).toBeNull();
  });
});

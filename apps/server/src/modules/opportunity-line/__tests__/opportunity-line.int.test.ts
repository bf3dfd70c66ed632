import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment, makePartner } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';
import { makePrice, makePriceBook, makeProduct } from '../../product/__tests__/product-factories.ts';

const SET = `mutation($id: ID!, $input: SetOpportunityLineItemsInput!) { setOpportunityLineItems(opportunityId: $id, input: $input) {
  id version amount { amount currency } priceBook { id name }
  lineItems { position quantity unitPrice { amount currency } discountPercent total { amount } description product { sku name } } } }`;
const GET = `query($id: ID!) { opportunity(id: $id) { version amount { amount } priceBook { id } lineItems { quantity total { amount } } } }`;

/** Deal line items: pricing defaults, amount = sum of lines, one transaction, access follows the deal. */
describe('opportunity line items', () => {
  let server: TestServer;
  let rep: { id: string; token: string };
  let stageId: string;
  let cny: string;
  let usd: string;
  const p: Record<string, string> = {};
  const dealOf = async (ownerId: string, currency = 'CNY', amount = '1000.00') => {
    const customer = await makeCustomer(server.db.prisma, { ownerId });
    return (await makeOpportunity(server.db.prisma, { customerId: customer.id, stageId, ownerId, currency, amount })).id;
  };
  const set = (id: string, input: Record<string, unknown>, token = rep.token) => server.gql(SET, { id, input }, token);
  const errorOf = (res: { errors?: { extensions?: { code?: string; fields?: { field: string }[]; reason?: string } }[] }) =>
    [res.errors?.[0]?.extensions?.code, ...(res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field), res.errors?.[0]?.extensions?.reason].filter(Boolean);

  beforeAll(async () => {
    server = await startTestServer();
    stageId = (await ensureDefaultStages(server.db.prisma))[0].id;
    const dept = await makeDepartment(server.db.prisma);
    rep = await server.signIn('SALES_REP', { departmentId: dept.id });
    cny = (await makePriceBook(server.db.prisma, { name: '标准价 CNY', isDefault: true })).id;
    usd = (await makePriceBook(server.db.prisma, { name: 'Standard USD', currency: 'USD', isDefault: true })).id;
    p.licence = (await makeProduct(server.db.prisma, { sku: 'LIC-ENT', name: '企业版许可证 Enterprise licence' })).id;
    p.days = (await makeProduct(server.db.prisma, { sku: 'SVC-IMPL', name: '实施服务 Implementation services' })).id;
    p.archived = (await makeProduct(server.db.prisma, { sku: 'HW-OLD', name: 'Old scanner', active: false })).id;
    p.unpriced = (await makeProduct(server.db.prisma, { sku: 'NO-PRICE' })).id;
    await makePrice(server.db.prisma, cny, p.licence, '450.00', [['100', '10'], ['500', '15']]);
    await makePrice(server.db.prisma, cny, p.days, '2500.00');
    await makePrice(server.db.prisma, cny, p.archived, '480.00');
    await makePrice(server.db.prisma, usd, p.licence, '65.00');
  });
  afterAll(() => server.close());

  it('prices lines from the book (list price, tier reached) and makes the amount their sum, in one version', async () => {
    const id = await dealOf(rep.id);
    const res = await set(id, {
      version: 1, priceBookId: cny,
      lines: [
        { productId: p.licence, quantity: '120' },
        { productId: p.days, quantity: '2.5', discountPercent: '5', description: '上线支持' },
        { productId: p.licence, quantity: '1', unitPrice: '99.99', discountPercent: '15' },
      ],
    });
    expect(res.errors).toBeUndefined();
    const deal = res.data!.setOpportunityLineItems;
    // 120 × 450.00 = 54000.00 − 10% = 48600.00; 2.5 × 2500 = 6250 − 5% (312.50) = 5937.50; 99.99 − 15% (15.00) = 84.99
    expect(deal.lineItems).toEqual([
      { position: 0, quantity: '120', unitPrice: { amount: '450.00', currency: 'CNY' }, discountPercent: '10.00', total: { amount: '48600.00' }, description: null, product: { sku: 'LIC-ENT', name: '企业版许可证 Enterprise licence' } },
      { position: 1, quantity: '2.5', unitPrice: { amount: '2500.00', currency: 'CNY' }, discountPercent: '5.00', total: { amount: '5937.50' }, description: '上线支持', product: { sku: 'SVC-IMPL', name: '实施服务 Implementation services' } },
      { position: 2, quantity: '1', unitPrice: { amount: '99.99', currency: 'CNY' }, discountPercent: '15.00', total: { amount: '84.99' }, description: null, product: { sku: 'LIC-ENT', name: '企业版许可证 Enterprise licence' } },
    ]);
    expect(deal).toMatchObject({ version: 2, amount: { amount: '54622.49', currency: 'CNY' }, priceBook: { id: cny } });
    // the deal's own audit of the amount (as for an edit), and one entry for the products
    const audit = await server.db.prisma.auditLog.findMany({ where: { entityId: id, action: 'UPDATED' } });
    const fields = audit.map((a) => (a.changes as { field: string; to: string | null }[]).map((c) => c.field)).sort();
    expect(fields).toEqual([['amount'], ['priceBookId', 'lineItems']]);
    const lines = audit.flatMap((a) => a.changes as { field: string; to: string | null }[]).find((c) => c.field === 'lineItems');
    expect(lines?.to).toBe('120 × 企业版许可证 Enterprise licence; 2.5 × 实施服务 Implementation services; 1 × 企业版许可证 Enterprise licence');
  });

  it('refuses a hand-edited amount or currency while the deal has products, naming the field', async () => {
    const id = await dealOf(rep.id);
    await set(id, { version: 1, priceBookId: cny, lines: [{ productId: p.days, quantity: '2' }] });
    const UPDATE = 'mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { version amount { amount currency } } }';
    expect(errorOf(await server.gql(UPDATE, { id, input: { version: 2, amount: '1.00' } }, rep.token))).toEqual(['BAD_USER_INPUT', 'input.amount']);
    expect(errorOf(await server.gql(UPDATE, { id, input: { version: 2, currency: 'USD' } }, rep.token))).toEqual(['BAD_USER_INPUT', 'input.currency']);
    // the same amount, or other fields, still save
    const ok = await server.gql(UPDATE, { id, input: { version: 2, amount: '5000.00', name: 'Renamed' } }, rep.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateOpportunity).toEqual({ version: 3, amount: { amount: '5000.00', currency: 'CNY' } });
  });

  it('replaces all lines; removing every line keeps the amount and clears the price book', async () => {
    const id = await dealOf(rep.id);
    await set(id, { version: 1, priceBookId: cny, lines: [{ productId: p.licence, quantity: '2' }, { productId: p.days, quantity: '1' }] });
    const replaced = (await set(id, { version: 2, priceBookId: cny, lines: [{ productId: p.days, quantity: '2' }] })).data!.setOpportunityLineItems;
    expect(replaced).toMatchObject({ version: 3, amount: { amount: '5000.00' }, lineItems: [{ quantity: '2', total: { amount: '5000.00' } }] });
    const cleared = (await set(id, { version: 3, lines: [] })).data!.setOpportunityLineItems;
    expect(cleared).toMatchObject({ version: 4, amount: { amount: '5000.00' }, priceBook: null, lineItems: [] });
    expect(await server.db.prisma.opportunityLineItem.count({ where: { opportunityId: id } })).toBe(0);
  });

  it('rejects bad lines naming the field and stores nothing', async () => {
    const id = await dealOf(rep.id);
    await set(id, { version: 1, priceBookId: cny, lines: [{ productId: p.days, quantity: '1' }] });
    const cases: [Record<string, unknown>, string[]][] = [
      [{ version: 2, priceBookId: usd, lines: [{ productId: p.licence, quantity: '1' }] }, ['BAD_USER_INPUT', 'input.priceBookId']],
      [{ version: 2, priceBookId: cny, lines: [{ productId: p.archived, quantity: '1' }] }, ['BAD_USER_INPUT', 'input.lines[0].productId']],
      [{ version: 2, priceBookId: cny, lines: [{ productId: p.unpriced, quantity: '1' }] }, ['BAD_USER_INPUT', 'input.lines[0].productId']],
      [{ version: 2, priceBookId: cny, lines: [{ productId: p.licence, quantity: '0' }] }, ['BAD_USER_INPUT', 'input.lines[0].quantity']],
      [{ version: 2, priceBookId: cny, lines: [{ productId: p.licence, quantity: '1' }, { productId: p.days, quantity: '-2', discountPercent: '120' }] },
        ['BAD_USER_INPUT', 'input.lines[1].quantity', 'input.lines[1].discountPercent']],
      [{ version: 2, priceBookId: cny, lines: [{ productId: p.licence, quantity: '1', unitPrice: '1.001' }] }, ['BAD_USER_INPUT', 'input.lines[0].unitPrice']],
      [{ version: 2, lines: [{ productId: p.licence, quantity: '1' }] }, ['BAD_USER_INPUT', 'input.priceBookId']],
      [{ version: 1, priceBookId: cny, lines: [{ productId: p.licence, quantity: '1' }] }, ['CONFLICT', 'STALE_VERSION']],
    ];
    const audit = await server.db.prisma.auditLog.count();
    for (const [input, expected] of cases) expect(errorOf(await set(id, input))).toEqual(expected);
    expect((await server.gql(GET, { id }, rep.token)).data!.opportunity).toEqual({ version: 2, amount: { amount: '2500.00' }, priceBook: { id: cny }, lineItems: [{ quantity: '1', total: { amount: '2500.00' } }] });
    expect(await server.db.prisma.auditLog.count()).toBe(audit);
  });

  it('keeps an archived product already on the deal at its agreed terms, but never adds it anew', async () => {
    const id = await dealOf(rep.id);
    const product = (await makeProduct(server.db.prisma, { sku: 'SOON-OLD' })).id;
    await makePrice(server.db.prisma, cny, product, '100.00', [['10', '20']]);
    await set(id, { version: 1, priceBookId: cny, lines: [{ productId: product, quantity: '10' }] });
    await server.db.prisma.product.update({ where: { id: product }, data: { active: false } });
    const kept = await set(id, { version: 2, priceBookId: cny, lines: [{ productId: product, quantity: '12' }, { productId: p.days, quantity: '1' }] });
    expect(kept.errors).toBeUndefined();
    // 12 × 100.00 = 1200 − 20% = 960.00, + 2500.00
    expect(kept.data!.setOpportunityLineItems.amount.amount).toBe('3460.00');
  });

  it('access follows the deal: another team’s deal answers NOT_FOUND, a deleted deal CONFLICT', async () => {
    const other = await server.signIn('SALES_REP', { departmentId: (await makeDepartment(server.db.prisma)).id });
    const theirs = await dealOf(other.id);
    const res = await set(theirs, { version: 1, priceBookId: cny, lines: [{ productId: p.licence, quantity: '1' }] });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
    expect(await server.db.prisma.opportunityLineItem.count({ where: { opportunityId: theirs } })).toBe(0);
    const gone = await dealOf(rep.id);
    await server.db.prisma.opportunity.update({ where: { id: gone }, data: { deletedAt: new Date() } });
    expect(errorOf(await set(gone, { version: 1, priceBookId: cny, lines: [] }))).toEqual(['CONFLICT', 'DELETED']);
  });

  it('keeps the deal’s own rules: a deal won in a closed commission period cannot change its amount through lines', async () => {
    const id = await dealOf(rep.id);
    await server.db.prisma.opportunity.update({ where: { id }, data: { closedAt: new Date('2026-03-15T10:00:00Z') } });
    await server.db.prisma.commissionPeriod.create({ data: { periodStart: new Date('2026-03-01T00:00:00Z') } });
    const res = await set(id, { version: 1, priceBookId: cny, lines: [{ productId: p.days, quantity: '1' }] });
    expect(errorOf(res)).toEqual(['CONFLICT', 'PERIOD_CLOSED']);
    expect(await server.db.prisma.opportunityLineItem.count({ where: { opportunityId: id } })).toBe(0);
    expect((await server.db.prisma.opportunity.findUniqueOrThrow({ where: { id } })).amount.toFixed(2)).toBe('1000.00');
  });

  it('USD deals price from a USD book; a book in use cannot be deleted', async () => {
    const id = await dealOf(rep.id, 'USD');
    const res = await set(id, { version: 1, priceBookId: usd, lines: [{ productId: p.licence, quantity: '3' }] });
    expect(res.data!.setOpportunityLineItems.amount).toEqual({ amount: '195.00', currency: 'USD' });
    const admin = await server.signIn('ADMIN');
    const del = await server.gql('mutation($id: ID!) { deletePriceBook(id: $id) }', { id: usd }, admin.token);
    expect(errorOf(del)).toEqual(['CONFLICT', 'IN_USE']);
  });

  it('loads lines, products and books of a whole list in a constant number of statements (no N+1)', async () => {
    const LIST = '{ opportunities(first: 50) { edges { node { amount { amount } priceBook { name } lineItems { total { amount } product { sku } } } } } }';
    const statements = async () => {
      let count = 0;
      let counting = true;
      server.db.onQuery(() => void (counting && count++));
      const res = await server.gql(LIST, {}, rep.token);
      counting = false;
      expect(res.errors).toBeUndefined();
      return count;
    };
    const before = await statements();
    for (let i = 0; i < 4; i++) {
      const id = await dealOf(rep.id);
      await set(id, { version: 1, priceBookId: cny, lines: [{ productId: p.days, quantity: String(i + 1) }, { productId: p.licence, quantity: '1' }] });
    }
    expect(await statements()).toBe(before);
  });

  it('shows a partner admin the stage, lines and products of its company’s deals, and no price books', async () => {
    const partner = await makePartner(server.db.prisma, '华南渠道 South China Channel');
    const customer = await makeCustomer(server.db.prisma, { ownerId: rep.id, partnerId: partner.id });
    const id = (await makeOpportunity(server.db.prisma, { customerId: customer.id, stageId, ownerId: rep.id, partnerId: partner.id })).id;
    expect((await set(id, { version: 1, priceBookId: cny, lines: [{ productId: p.licence, quantity: '2' }] })).errors).toBeUndefined();
    const partnerAdmin = await server.signIn('PARTNER', { partnerId: partner.id });
    const role = await server.db.prisma.accessRole.findUniqueOrThrow({ where: { key: 'PARTNER_ADMIN' } });
    await server.db.prisma.user.update({ where: { id: partnerAdmin.id }, data: { accessRoleId: role.id } });
    const res = await server.gql(
      `query($id: ID!) { opportunity(id: $id) { stage { id } priceBook { id } lineItems { quantity product { sku } } } pipelineStages { id } }`,
      { id }, partnerAdmin.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.opportunity).toEqual({ stage: { id: stageId }, priceBook: null, lineItems: [{ quantity: '2', product: { sku: 'LIC-ENT' } }] });
    expect(res.data!.pipelineStages.map((s: { id: string }) => s.id)).toContain(stageId);
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { newId } from '../../../core/ids.ts';
import { makeDepartment } from '../../../seed/factories.ts';
import { makeDeal } from './quote-factories.ts';
import { ACCEPT, CANCEL, CREATE, DELETE, FULFIL, GET, LIST, ORDER, REJECT, REVISE, SEND, UPDATE, makeCatalogue, orderNo, quoteNo } from './quote-api.ts';

/**
 * Quote rules through the API: server-side totals worked out by hand, line validation naming
 * the line's field, the DRAFT → SENT → ACCEPTED/REJECTED workflow and its conflicts, the
 * order made in one transaction (exactly one under concurrent accepts, nothing on failure),
 * consecutive numbers, and order fulfilment with versions.
 */
describe('quotes and orders', () => {
  let server: TestServer;
  let rep: { id: string; token: string };
  let manager: string;
  let cat: Awaited<ReturnType<typeof makeCatalogue>>;
  let deal: Awaited<ReturnType<typeof makeDeal>>;
  let numbers = 0;

  const gql = (query: string, variables?: Record<string, unknown>, token = rep.token) => server.gql(query, variables, token);
  const ok = async (query: string, variables?: Record<string, unknown>, token = rep.token) => {
    const res = await gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0] as any;
  };
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const reason = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.reason;
  const draft = async (lines: unknown[] = [{ name: 'Consulting', quantity: '1', unitPrice: '100' }], extra: Record<string, unknown> = {}) => {
    numbers++;
    return ok(CREATE, { input: { opportunityId: deal.id, validUntil: '2099-06-30', lines, ...extra } });
  };
  const sent = async () => ok(SEND, { id: (await draft()).id });

  beforeAll(async () => {
    server = await startTestServer();
    const team = await makeDepartment(server.db.prisma, { name: 'Team' });
    rep = await server.signIn('SALES_REP', { departmentId: team.id });
    manager = (await server.signIn('SALES_MANAGER', { departmentId: team.id })).token;
    cat = await makeCatalogue(server.db.prisma);
    deal = await makeDeal(server.db.prisma, { ownerId: rep.id, name: '报价 Deal' });
  });
  afterAll(() => server.close());

  it('prices a product line from the book, keeps a free-text line, and totals on the server (hand-computed)', async () => {
    // licence: 10 × 1200.00 = 12000.00, volume discount 5 % = 600.00 → net 11400.00
    // implementation: 1.5 × 800.00 = 1200.00 → net 1200.00;   Σ net 12600.00, 10 % quote discount = 1260.00
    // shares: 1260.00 × 11400 / 12600 = 1140.00; the last line 120.00
    // tax: (11400 − 1140) × 13 % = 1333.80; (1200 − 120) × 6 % = 64.80
    const q = await draft(
      [{ productId: cat.licence, quantity: '10' }, { name: '实施 Implementation', quantity: '1.5', unitPrice: '800', taxRate: '6', description: 'On site' }],
      { discountPercent: '10', title: 'Rollout' },
    );
    expect(q).toMatchObject({
      number: quoteNo(1), title: 'Rollout', status: 'DRAFT', currency: 'CNY', discountPercent: '10.00', customerId: deal.customerId, ownerId: rep.id,
      subtotal: { amount: '13200.00', currency: 'CNY' }, discountTotal: { amount: '1860.00' }, taxTotal: { amount: '1398.60' }, total: { amount: '12738.60', currency: 'CNY' },
    });
    expect(q.lines).toEqual([
      {
        position: 1, productId: cat.licence, name: 'CRM 许可证 licence', unit: '套', quantity: '10', unitPrice: { amount: '1200.00' }, discountPercent: '5.00', taxRate: '13.00',
        subtotal: { amount: '12000.00' }, discountAmount: { amount: '1740.00' }, taxAmount: { amount: '1333.80' }, total: { amount: '11593.80' },
      },
      {
        position: 2, productId: null, name: '实施 Implementation', unit: null, quantity: '1.5', unitPrice: { amount: '800.00' }, discountPercent: '0.00', taxRate: '6.00',
        subtotal: { amount: '1200.00' }, discountAmount: { amount: '120.00' }, taxAmount: { amount: '64.80' }, total: { amount: '1144.80' },
      },
    ]);
  });

  it('rejects a zero quantity naming the line, and bad lines all at once; nothing is stored', async () => {
    const before = await server.db.prisma.quote.count();
    const zero = await gql(CREATE, {
      input: { opportunityId: deal.id, validUntil: '2099-06-30', lines: [{ name: 'A', quantity: '1', unitPrice: '1' }, { name: 'B', quantity: '2', unitPrice: '1' }, { name: 'C', quantity: '0', unitPrice: '1' }] },
    });
    expect(code(zero)).toBe('BAD_USER_INPUT');
    expect(zero.errors![0].extensions!.fields).toEqual([{ field: 'input.lines[2].quantity', message: 'must be greater than zero' }]);
    const many = await gql(CREATE, {
      input: {
        opportunityId: deal.id, validUntil: '2099-06-30',
        lines: [{ quantity: '1', unitPrice: '5' }, { productId: cat.outside, quantity: '1' }, { productId: cat.archived, quantity: '1' }, { name: 'X', quantity: '1', unitPrice: '-1', discountPercent: '101' }],
      },
    });
    expect(many.errors![0].extensions!.fields).toEqual([
      { field: 'input.lines[0].name', message: 'is required for a line without a product' },
      { field: 'input.lines[1].productId', message: 'is not in the price book' },
      { field: 'input.lines[2].productId', message: 'is archived and cannot be added' },
      { field: 'input.lines[3].unitPrice', message: 'must be zero or more' },
      { field: 'input.lines[3].discountPercent', message: 'must be a percentage from 0 to 100 with at most 2 decimal places' },
    ]);
    const past = await gql(CREATE, { input: { opportunityId: deal.id, validUntil: '2020-01-01', lines: [] } });
    expect(past.errors![0].extensions!.fields).toEqual([{ field: 'input.validUntil', message: 'must be today or later' }]);
    expect(await server.db.prisma.quote.count()).toBe(before);
    // the failed creates used no number
    expect((await draft()).number).toBe(quoteNo(numbers));
  });

  it('copies the deal’s line items when no lines are given', async () => {
    const own = await makeDeal(server.db.prisma, { ownerId: rep.id });
    await server.db.prisma.opportunityLineItem.create({
      data: { id: newId(), opportunityId: own.id, productId: cat.support, position: 1, quantity: '12', unitPrice: '90.00', discountPercent: '10', total: '972.00' },
    });
    numbers++;
    const q = await ok(CREATE, { input: { opportunityId: own.id, validUntil: '2099-06-30' } });
    // 12 × 90.00 = 1080.00, 10 % = 108.00 → 972.00, 6 % tax = 58.32
    expect(q.lines).toMatchObject([{ productId: cat.support, name: 'Support plan', unit: 'month', quantity: '12', unitPrice: { amount: '90.00' }, discountPercent: '10.00', taxRate: '6.00', total: { amount: '1030.32' } }]);
    expect(q.total.amount).toBe('1030.32');
  });

  it('updates drafts only, with versions, recomputing the totals', async () => {
    const q = await draft();
    const updated = await ok(UPDATE, { id: q.id, input: { version: q.version, discountPercent: '50', lines: [{ name: 'Two', quantity: '2', unitPrice: '10' }] } });
    expect(updated.total.amount).toBe('10.00');
    expect(updated.status).toBe('DRAFT');
    const bad = await gql(UPDATE, { id: q.id, input: { version: updated.version, lines: [{ name: 'Two', quantity: '2', unitPrice: '10.005' }] } });
    expect(bad.errors![0].extensions!.fields).toEqual([{ field: 'input.lines[0].unitPrice', message: 'must be a decimal number with at most 16 digits and 2 decimal places' }]);
    const fixed = await ok(UPDATE, { id: q.id, input: { version: updated.version, discountPercent: '50', lines: [{ name: 'Two', quantity: '2', unitPrice: '10.01' }] } });
    // 2 × 10.01 = 20.02, half off = 10.01
    expect([fixed.subtotal.amount, fixed.discountTotal.amount, fixed.total.amount]).toEqual(['20.02', '10.01', '10.01']);
    const header = await ok(UPDATE, { id: q.id, input: { version: fixed.version, title: 'Only the title' } });
    expect([header.title, header.total.amount, header.lines.length]).toEqual(['Only the title', '10.01', 1]);
    expect(reason(await gql(UPDATE, { id: q.id, input: { version: 1, title: 'Stale' } }))).toBe('STALE_VERSION');
    await ok(SEND, { id: q.id });
    const notDraft = await gql(UPDATE, { id: q.id, input: { version: header.version + 1, title: 'Too late' } });
    expect([code(notDraft), reason(notDraft)]).toEqual(['CONFLICT', 'QUOTE_NOT_DRAFT']);
    expect(reason(await gql(DELETE, { id: q.id }, manager))).not.toBe(undefined);
  });

  it('runs the workflow: send, accept into an order with copied lines and totals, conflicts on repeats', async () => {
    const empty = await draft([]);
    expect(reason(await gql(SEND, { id: empty.id }))).toBe('NO_LINES');
    expect(reason(await gql(ACCEPT, { id: empty.id }))).toBe('QUOTE_NOT_SENT');
    expect(reason(await gql(REJECT, { id: empty.id }))).toBe('QUOTE_NOT_SENT');

    const q = await draft([{ productId: cat.licence, quantity: '2' }, { name: 'Training', quantity: '1', unitPrice: '500' }]);
    expect((await ok(SEND, { id: q.id })).status).toBe('SENT');
    expect(reason(await gql(SEND, { id: q.id }))).toBe('QUOTE_NOT_DRAFT');
    const order = await ok(ACCEPT, { id: q.id });
    expect(order).toMatchObject({
      number: orderNo(1), status: 'CONFIRMED', quoteId: q.id, currency: 'CNY', total: { amount: q.total.amount, currency: 'CNY' },
      subtotal: { amount: q.subtotal.amount }, taxTotal: { amount: q.taxTotal.amount }, quote: { number: q.number, status: 'ACCEPTED' },
    });
    expect(order.lines.map((l: any) => [l.name, l.quantity, l.total.amount])).toEqual(q.lines.map((l: any) => [l.name, l.quantity, l.total.amount]));
    const again = await gql(ACCEPT, { id: q.id });
    expect([code(again), reason(again)]).toEqual(['CONFLICT', 'ALREADY_ACCEPTED']);
    expect(reason(await gql(REJECT, { id: q.id }))).toBe('ALREADY_ACCEPTED');
    expect(reason(await gql(REVISE, { id: q.id }))).toBe('NOT_REVISABLE');
    const read = await ok(GET, { id: q.id });
    expect([read.status, read.order.number]).toEqual(['ACCEPTED', order.number]);
    expect(await server.db.prisma.order.count({ where: { quoteId: q.id } })).toBe(1);

    // audited on the customer's timeline
    const timeline = await ok(`query($id: ID!) { customer(id: $id) { timeline { edges { node { kind entity } } } } }`, { id: deal.customerId });
    const entries = timeline.timeline.edges.map((e: any) => `${e.node.kind} ${e.node.entity}`);
    expect(entries).toEqual(expect.arrayContaining(['ACCEPTED Quote', 'CREATED Order', 'SENT Quote', 'CREATED Quote']));
  });

  it('rejects and revises: a new draft with a new number and the same lines', async () => {
    const q = await sent();
    expect((await ok(REJECT, { id: q.id })).status).toBe('REJECTED');
    expect(reason(await gql(ACCEPT, { id: q.id }))).toBe('QUOTE_NOT_SENT');
    numbers++;
    const revised = await ok(REVISE, { id: q.id });
    const original = await ok(GET, { id: q.id });
    expect(revised).toMatchObject({ status: 'DRAFT', number: quoteNo(numbers), title: original.title, total: original.total });
    expect(revised.lines).toEqual(original.lines);
    expect(reason(await gql(REVISE, { id: revised.id }))).toBe('NOT_REVISABLE');
  });

  it('reads a sent quote past validUntil as EXPIRED (also in list filters); it cannot be accepted', async () => {
    const q = await sent();
    await server.db.prisma.quote.update({ where: { id: q.id }, data: { validUntil: new Date('2024-01-31T00:00:00Z') } });
    expect((await ok(GET, { id: q.id })).status).toBe('EXPIRED');
    const expired = await ok(LIST, { filter: { status: 'EXPIRED', opportunityId: deal.id } });
    expect(expired.edges.map((e: any) => e.node.id)).toEqual([q.id]);
    const stillSent = await ok(LIST, { filter: { status: 'SENT', opportunityId: deal.id } });
    expect(stillSent.edges.map((e: any) => e.node.id)).not.toContain(q.id);
    const res = await gql(ACCEPT, { id: q.id });
    expect([code(res), reason(res)]).toEqual(['CONFLICT', 'QUOTE_EXPIRED']);
    numbers++;
    const revised = await ok(REVISE, { id: q.id });
    expect(revised.validUntil > '2024-01-31').toBe(true);
  });

  it('makes exactly one order when two accepts race', async () => {
    const q = await sent();
    const results = await Promise.all([gql(ACCEPT, { id: q.id }), gql(ACCEPT, { id: q.id }, manager)]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map(reason)).toEqual(['ALREADY_ACCEPTED']);
    expect(await server.db.prisma.order.count({ where: { quoteId: q.id } })).toBe(1);
  });

  it('stores nothing when accepting fails midway', async () => {
    const q = await sent();
    const orders = await server.db.prisma.order.count();
    const counter = await server.db.prisma.documentCounter.findUnique({ where: { key: `SO-${new Date().getUTCFullYear()}` } });
    const next = orderNo((counter?.value ?? 0) + 1);
    // an order already holds the next number: inserting the new order fails after the number was drawn
    const other = await sent();
    const squatter = await server.db.prisma.order.create({
      data: {
        id: newId(), number: next, quoteId: other.id, opportunityId: deal.id, customerId: deal.customerId, currency: 'CNY',
        orderDate: new Date(), subtotal: '0', discountTotal: '0', taxTotal: '0', total: '0',
      },
    });
    const audits = await server.db.prisma.auditLog.count({ where: { entityId: q.id } });
    const res = await gql(ACCEPT, { id: q.id });
    expect(res.errors).toBeDefined();
    const after = await server.db.prisma.quote.findUniqueOrThrow({ where: { id: q.id } });
    expect([after.status, after.acceptedAt]).toEqual(['SENT', null]);
    expect(await server.db.prisma.order.count()).toBe(orders + 1);
    expect(await server.db.prisma.auditLog.count({ where: { entityId: q.id } })).toBe(audits);
    expect((await server.db.prisma.documentCounter.findUnique({ where: { key: `SO-${new Date().getUTCFullYear()}` } }))?.value ?? 0).toBe(counter?.value ?? 0);
    await server.db.prisma.order.delete({ where: { id: squatter.id } });
    expect((await ok(ACCEPT, { id: q.id })).number).toBe(next);
  });

  it('numbers quotes consecutively', async () => {
    const made = [await draft(), await draft(), await draft()].map((q) => q.number);
    expect(made).toEqual([quoteNo(numbers - 2), quoteNo(numbers - 1), quoteNo(numbers)]);
  });

  it('deletes drafts only (quote:delete), softly', async () => {
    const q = await draft();
    expect(code(await gql(DELETE, { id: q.id }))).toBe('FORBIDDEN');
    await ok(DELETE, { id: q.id }, manager);
    expect(code(await gql(GET, { id: q.id }))).toBe('NOT_FOUND');
    const s = await sent();
    expect(reason(await gql(DELETE, { id: s.id }, manager))).toBe('QUOTE_NOT_DRAFT');
  });

  it('fulfils or cancels confirmed orders once, with versions', async () => {
    const a = await ok(ACCEPT, { id: (await sent()).id });
    expect(code(await gql(FULFIL, { id: a.id, v: a.version }))).toBe('FORBIDDEN');
    expect(reason(await gql(FULFIL, { id: a.id, v: a.version + 5 }, manager))).toBe('STALE_VERSION');
    const done = await ok(FULFIL, { id: a.id, v: a.version }, manager);
    expect(done.status).toBe('FULFILLED');
    expect(reason(await gql(CANCEL, { id: a.id, v: done.version }, manager))).toBe('ORDER_NOT_CONFIRMED');
    const b = await ok(ACCEPT, { id: (await sent()).id });
    expect((await ok(CANCEL, { id: b.id, v: b.version }, manager)).status).toBe('CANCELLED');
    expect((await ok(ORDER, { id: b.id })).status).toBe('CANCELLED');
  });
});

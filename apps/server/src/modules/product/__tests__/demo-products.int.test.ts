import 'reflect-metadata';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { bootstrapData } from '../../../seed/bootstrap.ts';
import { Decimal } from '../../../core/money/money.ts';

/** The demo catalogue: products, the two default books, tiers, and deals whose amount is their lines' total. */
describe('demo products seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await bootstrapData(db.prisma, { seedAdminEmail: 'admin@demo.local', seedAdminPassword: 'demo-pass-1', seedDemo: true });
  });
  afterAll(() => db.drop());

  it('seeds ~15 products, one default book per currency, tiers, and consistent deal lines', async () => {
    const p = db.prisma;
    expect(await p.product.count()).toBe(15);
    expect(await p.product.count({ where: { active: false } })).toBe(1);
    const books = await p.priceBook.findMany({ orderBy: { currency: 'asc' } });
    expect(books.map((b) => [b.name, b.currency.trim(), b.isDefault])).toEqual([['标准价 CNY', 'CNY', true], ['Standard USD', 'USD', true]]);
    expect(await p.volumeDiscount.count()).toBeGreaterThan(5);
    const deals = await p.opportunity.findMany({ where: { lineItems: { some: {} } }, include: { lineItems: true }, omit: { searchTokens: true } });
    expect(deals.length).toBeGreaterThanOrEqual(5);
    for (const deal of deals) {
      const sum = deal.lineItems.reduce((acc, l) => acc.plus(l.total), new Decimal(0));
      expect(sum.toFixed(2)).toBe(deal.amount.toFixed(2));
      expect(books.find((b) => b.id === deal.priceBookId)?.currency.trim()).toBe(deal.currency.trim());
    }
    // the first plan: 120 enterprise licences at 450.00 reach the 10% tier → 48600.00
    const licence = await p.opportunityLineItem.findFirst({ where: { quantity: 120 }, orderBy: { createdAt: 'asc' } });
    expect(licence?.total.toFixed(2)).toBe('48600.00');
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import type { Scope } from '../../../core/auth/scope.ts';
import type { Viewer } from '../../../core/auth/viewer.ts';
import { makeUser } from '../../../seed/factories.ts';
import { makePrice, makePriceBook, makeProduct } from './product-factories.ts';

/** Rules of products and price books, through the services (the API tests cover the contract). */
describe('products and price books (services)', () => {
  let server: TestServer;
  let admin: Viewer;
  let scope: Scope;
  const fieldOf = async (p: Promise<unknown>) => {
    const error = (await p.then(() => null, (e: unknown) => e)) as { extensions?: { code?: string; fields?: { field: string }[]; reason?: string } } | null;
    return [error?.extensions?.code, ...(error?.extensions?.fields ?? []).map((f) => f.field), error?.extensions?.reason].filter(Boolean);
  };

  beforeAll(async () => {
    server = await startTestServer();
    const user = await makeUser(server.db.prisma, { role: 'ADMIN' });
    admin = await server.services.auth.viewerForUser(user.id);
    scope = { kind: 'all', userId: user.id, role: 'ADMIN' };
  });
  afterAll(() => server.close());

  it('keeps one default book per currency: setting one default unsets the other, other currencies untouched', async () => {
    const s = server.services.priceBook;
    const first = await s.create(admin, scope, { name: '标准价', currency: 'cny', isDefault: true });
    const usd = await s.create(admin, scope, { name: 'Standard USD', currency: 'USD', isDefault: true });
    expect(first).toMatchObject({ currency: 'CNY', isDefault: true, active: true, version: 1 });
    const second = await s.create(admin, scope, { name: 'Partner CNY', currency: 'CNY', isDefault: true });
    const books = await s.list(scope, { currency: 'CNY' });
    expect(books.filter((b) => b.isDefault).map((b) => b.id)).toEqual([second.id]);
    expect((await s.get(scope, first.id)).version).toBe(2);
    await s.update(admin, scope, first.id, { version: 2, isDefault: true });
    expect((await s.list(scope, { currency: 'CNY' })).filter((b) => b.isDefault).map((b) => b.id)).toEqual([first.id]);
    expect((await s.get(scope, usd.id)).isDefault).toBe(true);
    // deactivating the default stops it being one; an inactive book cannot become default
    const off = await s.update(admin, scope, first.id, { version: 3, active: false });
    expect(off).toMatchObject({ active: false, isDefault: false });
    expect(await fieldOf(s.update(admin, scope, first.id, { version: 4, isDefault: true }))).toEqual(['BAD_USER_INPUT', 'input.isDefault']);
    expect(await fieldOf(s.update(admin, scope, second.id, { version: 1, name: 'x' }))).toEqual(['CONFLICT', 'STALE_VERSION']);
    expect(await fieldOf(s.create(admin, scope, { name: ' ', currency: 'CNY' }))).toEqual(['BAD_USER_INPUT', 'input.name']);
    expect(await fieldOf(s.create(admin, scope, { name: 'X', currency: 'XYZ' }))).toEqual(['BAD_USER_INPUT', 'input.currency']);
  });

  it('prices a product with volume tiers: 120 × 450.00 with 10% from 100 → 48600.00', async () => {
    const book = await makePriceBook(server.db.prisma);
    const product = await makeProduct(server.db.prisma, { name: '企业版许可证 Enterprise licence' });
    const price = await server.services.priceBook.setPrice(admin, scope, {
      priceBookId: book.id, productId: product.id, unitPrice: '450', tiers: [{ minQuantity: '500', discountPercent: '15' }, { minQuantity: '100', discountPercent: '10' }],
    });
    expect(price).toMatchObject({ unitPrice: { amount: '450.00', currency: 'CNY' }, tiers: [{ minQuantity: '100', discountPercent: '10.00' }, { minQuantity: '500', discountPercent: '15.00' }] });
    const at = (quantity: string) => server.services.priceBook.productPrice(scope, { priceBookId: book.id, productId: product.id, quantity });
    expect(await at('120')).toMatchObject({ listPrice: { amount: '450.00' }, discountPercent: '10.00', netUnitPrice: { amount: '405.00' }, lineTotal: { amount: '48600.00', currency: 'CNY' } });
    expect(await at('99')).toMatchObject({ discountPercent: '0.00', netUnitPrice: { amount: '450.00' }, lineTotal: { amount: '44550.00' } });
    // 500 × 450 = 225000, less 15% (33750) = 191250
    expect(await at('500')).toMatchObject({ discountPercent: '15.00', netUnitPrice: { amount: '382.50' }, lineTotal: { amount: '191250.00' } });
    expect(await fieldOf(at('0'))).toEqual(['BAD_USER_INPUT', 'quantity']);
    // replacing the price rewrites the tiers
    const replaced = await server.services.priceBook.setPrice(admin, scope, { priceBookId: book.id, productId: product.id, unitPrice: '400.00', tiers: [] });
    expect(replaced).toMatchObject({ unitPrice: { amount: '400.00' }, tiers: [] });
    expect(await server.db.prisma.volumeDiscount.count({ where: { entry: { priceBookId: book.id } } })).toBe(0);
  });

  it('rejects bad prices and tiers naming each field, storing nothing', async () => {
    const book = await makePriceBook(server.db.prisma);
    const product = await makeProduct(server.db.prisma);
    const set = (unitPrice: string, tiers: { minQuantity: string; discountPercent: string }[]) =>
      fieldOf(server.services.priceBook.setPrice(admin, scope, { priceBookId: book.id, productId: product.id, unitPrice, tiers }));
    expect(await set('-1', [])).toEqual(['BAD_USER_INPUT', 'input.unitPrice']);
    expect(await set('1.234', [])).toEqual(['BAD_USER_INPUT', 'input.unitPrice']);
    expect(await set('10', [{ minQuantity: '10', discountPercent: '5' }, { minQuantity: '0', discountPercent: '101' }]))
      .toEqual(['BAD_USER_INPUT', 'input.tiers[1].minQuantity', 'input.tiers[1].discountPercent']);
    expect(await set('10', [{ minQuantity: '10', discountPercent: '5' }, { minQuantity: '10.0', discountPercent: '6' }])).toEqual(['BAD_USER_INPUT', 'input.tiers[1].minQuantity']);
    expect(await set('10', [{ minQuantity: '5', discountPercent: '' }])).toEqual(['BAD_USER_INPUT', 'input.tiers[0].discountPercent']);
    expect(await server.db.prisma.priceBookEntry.count({ where: { priceBookId: book.id } })).toBe(0);
  });

  it('refuses to delete a book that prices a deal; deletes an unused one with its prices', async () => {
    const book = await makePriceBook(server.db.prisma);
    await makePrice(server.db.prisma, book.id, (await makeProduct(server.db.prisma)).id, '1.00');
    expect(await server.services.priceBook.remove(admin, scope, book.id)).toBe(true);
    expect(await server.db.prisma.priceBookEntry.count({ where: { priceBookId: book.id } })).toBe(0);
    expect(await server.db.prisma.auditLog.count({ where: { entity: 'PriceBook', entityId: book.id, action: 'DELETED' } })).toBe(1);
  });

  it('products: unique SKU as CONFLICT naming input.sku, stale versions, archive audited', async () => {
    const s = server.services.product;
    const p = await s.create(admin, scope, { sku: ' lic-x1 ', name: '企业版许可证', taxRate: '6', unit: '用户/年' });
    expect(p).toMatchObject({ sku: 'LIC-X1', taxRate: '6.00', active: true, version: 1 });
    const dup = await s.create(admin, scope, { sku: 'LIC-X1', name: 'Other' }).catch((e) => e);
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_SKU', fields: [{ field: 'input.sku', message: 'is already in use' }] });
    const other = await s.create(admin, scope, { sku: 'LIC-X2', name: 'Other' });
    expect(await fieldOf(s.update(admin, scope, other.id, { version: 1, sku: 'lic-x1' }))).toEqual(['CONFLICT', 'input.sku', 'DUPLICATE_SKU']);
    expect(await fieldOf(s.update(admin, scope, p.id, { version: 7, name: 'x' }))).toEqual(['CONFLICT', 'STALE_VERSION']);
    expect(await fieldOf(s.create(admin, scope, { sku: 'A B', name: 'x' }))).toEqual(['BAD_USER_INPUT', 'input.sku']);
    expect(await fieldOf(s.create(admin, scope, { sku: 'OK', name: 'x', taxRate: '101' }))).toEqual(['BAD_USER_INPUT', 'input.taxRate']);
    const archived = await s.setActive(admin, scope, p.id, false);
    expect(archived).toMatchObject({ active: false, version: 2 });
    const actions = (await server.db.prisma.auditLog.findMany({ where: { entityId: p.id }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['CREATED', 'ARCHIVED']);
  });
});

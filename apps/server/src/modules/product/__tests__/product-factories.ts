import type { Db } from '../../../core/db/database.ts';
import { newId } from '../../../core/ids.ts';
import { documentTokens } from '../../../core/search/search-tokens.ts';

/** Test factories for the catalogue: one valid record each, with sensible defaults. */
let counter = 0;

export async function makeProduct(db: Db, data: { sku?: string; name?: string; active?: boolean; category?: string | null } = {}) {
  const n = ++counter;
  const sku = data.sku ?? `TEST-${n}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase();
  const name = data.name ?? `Product ${n}`;
  return db.product.create({
    data: { id: newId(), sku, name, active: data.active ?? true, category: data.category ?? null, searchTokens: documentTokens(name, sku) },
    omit: { searchTokens: true },
  });
}

export async function makePriceBook(db: Db, data: { name?: string; currency?: string; isDefault?: boolean; active?: boolean } = {}) {
  return db.priceBook.create({ data: { id: newId(), name: data.name ?? `Book ${++counter}`, currency: data.currency ?? 'CNY', isDefault: data.isDefault ?? false, active: data.active ?? true } });
}

/** A product's price in a book, with tiers given as [minQuantity, discountPercent]. */
export async function makePrice(db: Db, priceBookId: string, productId: string, unitPrice: string, tiers: [string, string][] = []) {
  const id = newId();
  await db.priceBookEntry.create({ data: { id, priceBookId, productId, unitPrice } });
  if (tiers.length) await db.volumeDiscount.createMany({ data: tiers.map(([minQuantity, discountPercent]) => ({ id: newId(), entryId: id, minQuantity, discountPercent })) });
  return id;
}

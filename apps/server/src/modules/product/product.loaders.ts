import DataLoader from 'dataloader';
import type { Scope } from '../../core/auth/scope.ts';
import type { ProductRepository } from './product.repository.ts';
import type { PriceBook, Product, ProductPrice } from './product.type.ts';

const byKeys = <V extends { id: string }>(keys: readonly string[], rows: V[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
};

/** Request-scoped loaders for the catalogue: one statement per relation per request. */
export function createProductLoaders(deps: { products: ProductRepository }, scope: () => Promise<Scope>) {
  return {
    product: new DataLoader<string, Product | null>(async (ids) => byKeys(ids, await deps.products.findByIds(await scope(), ids))),
    priceBook: new DataLoader<string, PriceBook | null>(async (ids) => byKeys(ids, await deps.products.priceBooksByIds(await scope(), ids))),
    /** Every price of a product, in every book. */
    productPrices: new DataLoader<string, ProductPrice[]>(async (ids) => {
      const rows = await deps.products.pricesOfProducts(await scope(), ids);
      return ids.map((id) => rows.filter((r) => r.productId === id));
    }),
    priceBookEntryCount: new DataLoader<string, number>(async (ids) => {
      const counts = await deps.products.entryCounts(await scope(), ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

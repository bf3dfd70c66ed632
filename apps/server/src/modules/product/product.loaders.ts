import DataLoader from 'dataloader';
import type { ProductRepository } from './product.repository.ts';
import type { PriceBook, Product, ProductPrice } from './product.type.ts';

const byKeys = <V extends { id: string }>(keys: readonly string[], rows: V[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
};

/** Request-scoped loaders for the catalogue: one statement per relation per request. */
export function createProductLoaders(deps: { products: ProductRepository }) {
  return {
    product: new DataLoader<string, Product | null>(async (ids) => byKeys(ids, await deps.products.findByIds(ids))),
    priceBook: new DataLoader<string, PriceBook | null>(async (ids) => byKeys(ids, await deps.products.priceBooksByIds(ids))),
    /** Every price of a product, in every book. */
    productPrices: new DataLoader<string, ProductPrice[]>(async (ids) => {
      const rows = await deps.products.pricesOfProducts(ids);
      return ids.map((id) => rows.filter((r) => r.productId === id));
    }),
    priceBookEntryCount: new DataLoader<string, number>(async (ids) => {
      const counts = await deps.products.entryCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

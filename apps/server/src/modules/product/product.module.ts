import type { Db } from '../../core/db/database.ts';
import { PriceBookService } from './price-book.service.ts';
import { ProductRepository } from './product.repository.ts';
import { ProductService } from './product.service.ts';

/** The product module's services (catalogue and price books), wired once in services.ts. */
export function createProductServices(db: Db) {
  const repo = new ProductRepository(db);
  return { product: new ProductService(repo), priceBook: new PriceBookService(repo) };
}

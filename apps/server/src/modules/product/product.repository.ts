import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import { queryTokens } from '../../core/search/search-tokens.ts';
import { escapeLike } from '../../core/db/like.ts';
import type { PriceBook, Product, ProductPrice } from './product.type.ts';
import type { PriceBookFilter, ProductFilter, ProductSortField } from './product.inputs.ts';

export type Tx = Prisma.TransactionClient;
type ProductRow = Omit<Prisma.ProductGetPayload<object>, 'searchTokens'>;
type BookRow = Prisma.PriceBookGetPayload<object>;
const entryInclude = { tiers: { orderBy: { minQuantity: 'asc' } } } as const;
type EntryRow = Prisma.PriceBookEntryGetPayload<{ include: typeof entryInclude }>;

export function toProduct(row: ProductRow): Product {
  return {
    id: row.id, sku: row.sku, name: row.name, description: row.description, category: row.category, unit: row.unit,
    taxRate: row.taxRate.toFixed(2), active: row.active, createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

export const toPriceBook = (row: BookRow): PriceBook => ({ ...row, currency: row.currency.trim() });

export function toProductPrice(row: EntryRow, currency: string): ProductPrice {
  return {
    id: row.id, priceBookId: row.priceBookId, productId: row.productId, updatedAt: row.updatedAt,
    unitPrice: { amount: row.unitPrice.toFixed(2), currency },
    tiers: row.tiers.map((t) => ({ minQuantity: t.minQuantity.toString(), discountPercent: t.discountPercent.toFixed(2) })),
  };
}

export interface ProductListQuery {
  filter?: ProductFilter | null;
  field: ProductSortField;
  direction: 'asc' | 'desc';
  after: Cursor | null;
  take: number;
}

const omit = { searchTokens: true } as const;
/** Serializes "make this book the default of its currency" so two admins never leave two defaults. */
const DEFAULT_LOCK = 0x50424b31;

/** Returns null instead of throwing when a unique index (the SKU) refuses the write. */
async function unlessDuplicate<T>(write: Promise<T>): Promise<T | null> {
  try {
    return await write;
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return null;
    throw error;
  }
}

/**
 * Products, price books and prices. The catalogue is company-wide reference data every staff
 * member with `product:read` may see (no partner user, core/access); the resolvers'
 * permission rules decide who reads and manages it.
 */
export class ProductRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  async list(scope: Scope, q: ProductListQuery): Promise<{ rows: Product[]; totalCount: number }> {
    const base: Prisma.ProductWhereInput = { AND: productFilterWhere(q.filter) };
    const db = scopedClient(this.db, scope);
    const [rows, totalCount] = await Promise.all([
      db.product.findMany({
        where: { AND: [base, keysetWhere(q.field, q.direction, q.after, q.field === 'updatedAt')] },
        orderBy: [{ [q.field]: q.direction }, { id: q.direction }],
        take: q.take,
        omit,
      }),
      db.product.count({ where: base }),
    ]);
    return { rows: rows.map(toProduct), totalCount };
  }

  async find(scope: Scope, id: string, tx?: Tx): Promise<Product | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).product.findUnique({ where: { id }, omit });
    return row ? toProduct(row) : null;
  }

  async findByIds(scope: Scope, ids: readonly string[]): Promise<Product[]> {
    return (await scopedClient(this.db, scope).product.findMany({ where: { id: { in: [...ids] } }, omit })).map(toProduct);
  }

  /** Active flags of these products, read inside the caller's transaction. */
  async activeFlags(tx: Tx, ids: readonly string[]): Promise<Map<string, boolean>> {
    const rows = await tx.product.findMany({ where: { id: { in: [...ids] } }, select: { id: true, active: true } });
    return new Map(rows.map((r) => [r.id, r.active]));
  }

  async categories(scope: Scope): Promise<string[]> {
    const rows = await scopedClient(this.db, scope).product.findMany({ where: { category: { not: null } }, distinct: ['category'], select: { category: true }, orderBy: { category: 'asc' } });
    return rows.map((r) => r.category!);
  }

  /** Creates a product; null when the SKU is taken (the unique index decides races). */
  async create(tx: Tx, data: Prisma.ProductUncheckedCreateInput): Promise<Product | null> {
    return unlessDuplicate(tx.product.create({ data, omit }).then(toProduct));
  }

  /** Updates only when `version` still matches: 'stale' when it does not, 'duplicate' when the SKU is taken. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.ProductUncheckedUpdateInput): Promise<Product | 'stale' | 'duplicate'> {
    const result = await unlessDuplicate(tx.product.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }));
    if (result === null) return 'duplicate';
    if (result.count === 0) return 'stale';
    return toProduct(await tx.product.findUniqueOrThrow({ where: { id }, omit }));
  }

  async priceBooks(scope: Scope, filter: PriceBookFilter | null | undefined): Promise<PriceBook[]> {
    const rows = await scopedClient(this.db, scope).priceBook.findMany({
      where: { ...(filter?.currency ? { currency: filter.currency } : {}), ...(filter?.active != null ? { active: filter.active } : {}) },
      orderBy: [{ currency: 'asc' }, { isDefault: 'desc' }, { name: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toPriceBook);
  }

  async findPriceBook(scope: Scope, id: string, tx?: Tx): Promise<PriceBook | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).priceBook.findUnique({ where: { id } });
    return row ? toPriceBook(row) : null;
  }

  async priceBooksByIds(scope: Scope, ids: readonly string[]): Promise<PriceBook[]> {
    return (await scopedClient(this.db, scope).priceBook.findMany({ where: { id: { in: [...ids] } } })).map(toPriceBook);
  }

  async createPriceBook(tx: Tx, data: Prisma.PriceBookUncheckedCreateInput): Promise<PriceBook> {
    return toPriceBook(await tx.priceBook.create({ data }));
  }

  async updatePriceBookVersioned(tx: Tx, id: string, version: number, data: Prisma.PriceBookUncheckedUpdateInput): Promise<PriceBook | null> {
    const { count } = await tx.priceBook.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toPriceBook(await tx.priceBook.findUniqueOrThrow({ where: { id } }));
  }

  /** Takes the default-book lock, then clears the default flag of the currency's other books. */
  async unsetOtherDefaults(tx: Tx, currency: string, exceptId: string): Promise<void> {
    await systemClient(tx, 'the default-book lock is an advisory lock, not a row')
      .$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${DEFAULT_LOCK}::bigint)`;
    await tx.priceBook.updateMany({ where: { currency, isDefault: true, id: { not: exceptId } }, data: { isDefault: false, version: { increment: 1 } } });
  }

  async deletePriceBook(tx: Tx, id: string): Promise<void> {
    await tx.priceBook.delete({ where: { id } });
  }

  /**
   * How many deals and quotes are priced from the book (a book in use is deactivated, not
   * deleted): every owner's, not only those the manager deleting it sees.
   */
  async priceBookUses(id: string): Promise<number> {
    const system = systemClient(this.db, 'price book delete check: deals and quotes of every owner keep it in use');
    const [deals, quotes] = await Promise.all([
      system.opportunity.count({ where: { priceBookId: id } }),
      system.quote.count({ where: { priceBookId: id } }),
    ]);
    return deals + quotes;
  }

  async entryCounts(scope: Scope, priceBookIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await scopedClient(this.db, scope).priceBookEntry.groupBy({ by: ['priceBookId'], where: { priceBookId: { in: [...priceBookIds] } }, _count: { _all: true } });
    return new Map(rows.map((r) => [r.priceBookId, r._count._all]));
  }

  /** Every price of these products, in every book, with tiers; the book's currency included. */
  async pricesOfProducts(scope: Scope, productIds: readonly string[]): Promise<ProductPrice[]> {
    const rows = await scopedClient(this.db, scope).priceBookEntry.findMany({
      where: { productId: { in: [...productIds] } },
      include: { ...entryInclude, priceBook: { select: { currency: true, name: true } } },
      orderBy: [{ priceBook: { currency: 'asc' } }, { priceBook: { name: 'asc' } }, { id: 'asc' }],
    });
    return rows.map((r) => toProductPrice(r, r.priceBook.currency.trim()));
  }

  async findEntry(tx: Tx, priceBookId: string, productId: string): Promise<EntryRow | null> {
    return tx.priceBookEntry.findUnique({ where: { priceBookId_productId: { priceBookId, productId } }, include: entryInclude });
  }

  /** Creates or replaces the product's price in the book and rewrites its tiers. */
  async saveEntry(
    tx: Tx, existingId: string | null, ids: { id: string; priceBookId: string; productId: string }, unitPrice: Prisma.Decimal,
    tiers: { id: string; minQuantity: Prisma.Decimal; discountPercent: Prisma.Decimal }[],
  ): Promise<EntryRow> {
    if (existingId) {
      await tx.priceBookEntry.update({ where: { id: existingId }, data: { unitPrice } });
      await tx.volumeDiscount.deleteMany({ where: { entryId: existingId } });
    } else {
      await tx.priceBookEntry.create({ data: { ...ids, unitPrice } });
    }
    const entryId = existingId ?? ids.id;
    if (tiers.length) await tx.volumeDiscount.createMany({ data: tiers.map((t) => ({ ...t, entryId })) });
    return tx.priceBookEntry.findUniqueOrThrow({ where: { id: entryId }, include: entryInclude });
  }

  async deleteEntry(tx: Tx, id: string): Promise<void> {
    await tx.priceBookEntry.delete({ where: { id } });
  }
}

/** Product list filters; the name/SKU search narrows through the token index, then confirms the substring. */
export function productFilterWhere(filter: ProductFilter | null | undefined): Prisma.ProductWhereInput[] {
  const where: Prisma.ProductWhereInput[] = [];
  if (!filter) return where;
  const text = filter.search?.trim();
  if (text) {
    const tokens = queryTokens(text);
    if (tokens.length) {
      where.push({
        searchTokens: { hasEvery: tokens },
        OR: [{ name: { contains: escapeLike(text), mode: 'insensitive' } }, { sku: { contains: escapeLike(text), mode: 'insensitive' } }],
      });
    }
  }
  if (filter.active != null) where.push({ active: filter.active });
  if (filter.category) where.push({ category: filter.category });
  if (filter.priceBookId) where.push({ prices: { some: { priceBookId: filter.priceBookId } } });
  return where;
}

/**
 * What pricing a line reads about a product in a book: its list price, volume tiers and the
 * product's catalogue fields; null when the book has no entry for it. Catalogue data, no Scope.
 */
export function findPricingEntry(db: Tx | Db, priceBookId: string, productId: string) {
  return db.priceBookEntry.findUnique({
    where: { priceBookId_productId: { priceBookId, productId } },
    select: {
      unitPrice: true,
      tiers: { select: { minQuantity: true, discountPercent: true } },
      product: { select: { id: true, name: true, unit: true, taxRate: true, active: true } },
    },
  });
}

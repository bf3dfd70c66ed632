import { Prisma } from '../../generated/prisma/client.ts';
import type { Quote as QuoteRow, QuoteLine as QuoteLineRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import { newId } from '../../core/ids.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Cursor } from '../../core/pagination/connection.ts';
import type { QuoteFilter } from './quote.inputs.ts';
import { QuoteSortField } from './quote.inputs.ts';
import type { Quote } from './quote.type.ts';
import { quoteFilterSql } from './quote.scope.ts';
import { toQuote, type DocumentLineRow } from './quote.mapping.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';

export type Tx = Prisma.TransactionClient;

/** Sort columns and the cast a cursor value needs to compare with them. */
const SORT_SQL: Record<QuoteSortField, { column: string; cast: string }> = {
  [QuoteSortField.UPDATED_AT]: { column: 'q."updatedAt"', cast: 'timestamp' },
  [QuoteSortField.CREATED_AT]: { column: 'q."createdAt"', cast: 'timestamp' },
  [QuoteSortField.VALID_UNTIL]: { column: 'q."validUntil"', cast: 'date' },
  [QuoteSortField.TOTAL]: { column: 'q.total', cast: 'numeric' },
  [QuoteSortField.NUMBER]: { column: 'q.number', cast: 'text' },
};

/** `(column, id) > / < (cursor)` for keyset pages, as SQL. */
export function keysetSql(column: string, cast: string, direction: 'asc' | 'desc', after: Cursor | null, idColumn: string): Prisma.Sql {
  if (!after) return Prisma.sql`TRUE`;
  const op = direction === 'asc' ? '>' : '<';
  return Prisma.sql`(${Prisma.raw(column)}, ${Prisma.raw(idColumn)}) ${Prisma.raw(op)} (${after.v}::${Prisma.raw(cast)}, ${after.id})`;
}

export interface QuoteListQuery {
  filter?: QuoteFilter | null;
  field: QuoteSortField;
  direction: 'asc' | 'desc';
  after: Cursor | null;
  take: number;
  today: string;
}

export type NewLine = Omit<DocumentLineRow, 'id'>;

/**
 * The only file of the quote module that touches the database; every read takes the Scope.
 * A quote reaches its deal by column, not by a Prisma relation, so the Quote and QuoteLine
 * rules have no Prisma form below level `all` (core/access/rules.ts): quotes and their lines
 * are read in SQL with visibleSql, and a quote is written only after `lock` found it through
 * the same predicate in the writing transaction.
 */
export class QuoteRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  /** A page of visible live quotes and their count, each one statement. */
  async list(scope: Scope, q: QuoteListQuery): Promise<{ rows: Quote[]; totalCount: number }> {
    const visible = Prisma.sql`${visibleSql('Quote', scope, 'q')} AND ${quoteFilterSql(q.filter, q.today)}`;
    const sort = SORT_SQL[q.field];
    const dir = Prisma.raw(q.direction === 'asc' ? 'ASC' : 'DESC');
    const [rows, count] = await Promise.all([
      this.db.$queryRaw<QuoteRow[]>`
        SELECT q.* FROM "Quote" q WHERE ${visible} AND ${keysetSql(sort.column, sort.cast, q.direction, q.after, 'q.id')}
        ORDER BY ${Prisma.raw(sort.column)} ${dir}, q.id ${dir} LIMIT ${q.take}`,
      this.db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM "Quote" q WHERE ${visible}`,
    ]);
    return { rows: rows.map((r) => toQuote(r, q.today)), totalCount: count[0]?.n ?? 0 };
  }

  /** A quote the scope may see (deleted or not), or null: callers answer NOT_FOUND. Reads inside `tx` when given. */
  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<Quote | null> {
    const [row] = await (tx ?? this.db).$queryRaw<QuoteRow[]>`SELECT q.* FROM "Quote" q WHERE q.id = ${id} AND ${visibleSql('Quote', scope, 'q')}`;
    return row ? toQuote(row) : null;
  }

  /** Visible quotes by id (loaders), in one statement. */
  async findManyVisible(scope: Scope, ids: readonly string[]): Promise<Quote[]> {
    if (!ids.length) return [];
    const rows = await this.db.$queryRaw<QuoteRow[]>`
      SELECT q.* FROM "Quote" q WHERE q.id IN (${Prisma.join([...ids])}) AND ${visibleSql('Quote', scope, 'q')}`;
    return rows.map((r) => toQuote(r));
  }

  /** Locks a quote the scope sees until the transaction ends (FOR UPDATE) and returns it fresh; null when the scope does not see it. */
  async lock(tx: Tx, scope: Scope, id: string): Promise<Quote | null> {
    const [row] = await tx.$queryRaw<QuoteRow[]>`
      SELECT q.* FROM "Quote" q WHERE q.id = ${id} AND ${visibleSql('Quote', scope, 'q')} FOR UPDATE OF q`;
    return row ? toQuote(row) : null;
  }

  /** The stored row of a quote the scope sees (orders and revisions copy it); throws when there is none. */
  async findRow(tx: Tx, scope: Scope, id: string): Promise<QuoteRow> {
    const [row] = await tx.$queryRaw<QuoteRow[]>`SELECT q.* FROM "Quote" q WHERE q.id = ${id} AND ${visibleSql('Quote', scope, 'q')}`;
    if (!row) throw new Error(`Quote ${id} is not visible`);
    return row;
  }

  /** Lines of these quotes the scope sees, by position; inside `tx` when given. */
  async linesOf(scope: Scope, quoteIds: readonly string[], tx?: Tx): Promise<QuoteLineRow[]> {
    if (!quoteIds.length) return [];
    return (tx ?? this.db).$queryRaw<QuoteLineRow[]>`
      SELECT l.* FROM "QuoteLine" l WHERE l."quoteId" IN (${Prisma.join([...quoteIds])}) AND ${visibleSql('QuoteLine', scope, 'l')}
      ORDER BY l."quoteId", l.position`;
  }

  /** Live quotes of these deals that the scope sees, newest first. */
  async ofOpportunities(scope: Scope, opportunityIds: readonly string[]): Promise<Quote[]> {
    if (!opportunityIds.length) return [];
    const rows = await this.db.$queryRaw<QuoteRow[]>`
      SELECT q.* FROM "Quote" q
      WHERE q."opportunityId" IN (${Prisma.join([...opportunityIds])}) AND q."deletedAt" IS NULL AND ${visibleSql('Quote', scope, 'q')}
      ORDER BY q."createdAt" DESC, q.id DESC`;
    return rows.map((r) => toQuote(r));
  }

  /** The deal's product lines, with the product snapshot a quote line needs. */
  async dealLineItems(tx: Tx, opportunityId: string) {
    const items = await tx.opportunityLineItem.findMany({ where: { opportunityId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    if (!items.length) return [];
    const products = await tx.product.findMany({ where: { id: { in: items.map((i) => i.productId) } }, select: { id: true, name: true, unit: true, taxRate: true } });
    const byId = new Map(products.map((p) => [p.id, p]));
    return items.map((item) => ({ ...item, product: byId.get(item.productId)! }));
  }

  async priceBook(tx: Tx, id: string) {
    return tx.priceBook.findUnique({ where: { id }, select: { id: true, currency: true, active: true } });
  }

  async defaultPriceBook(tx: Tx, currency: string) {
    return tx.priceBook.findFirst({ where: { currency, isDefault: true, active: true }, select: { id: true, currency: true, active: true } });
  }

  async create(tx: Tx, data: Prisma.QuoteUncheckedCreateInput, lines: NewLine[]): Promise<Quote> {
    const row = await tx.quote.create({ data });
    await this.insertLines(tx, row.id, lines);
    return toQuote(row);
  }

  /** Replaces every line of a quote the scope sees. */
  async replaceLines(tx: Tx, scope: Scope, quoteId: string, lines: NewLine[]): Promise<void> {
    await tx.$executeRaw`DELETE FROM "QuoteLine" l WHERE l."quoteId" = ${quoteId} AND ${visibleSql('QuoteLine', scope, 'l')}`;
    await this.insertLines(tx, quoteId, lines);
  }

  private async insertLines(tx: Tx, quoteId: string, lines: NewLine[]) {
    if (lines.length) await tx.quoteLine.createMany({ data: lines.map((l) => ({ ...l, id: newId(), quoteId })) });
  }

  /**
   * Updates a quote the scope sees, only when `version` still matches (and, when given, the
   * stored status is one of `statuses`); null otherwise. The rule is checked by `lock`, in SQL;
   * the write then goes by id.
   */
  async updateVersioned(tx: Tx, scope: Scope, id: string, version: number | null, data: Prisma.QuoteUncheckedUpdateInput, statuses?: string[]): Promise<Quote | null> {
    if (!(await this.lock(tx, scope, id))) return null;
    const system = systemClient(tx, 'a quote lock() just found through visibleSql: the Quote rule has no Prisma form');
    const [row] = await system.quote.updateManyAndReturn({
      where: { id, ...(version != null ? { version } : {}), ...(statuses ? { status: { in: statuses as never } } : {}) },
      data: { ...data, version: { increment: 1 } },
    });
    return row ? toQuote(row) : null;
  }
}

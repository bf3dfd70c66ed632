import { Prisma } from '../../generated/prisma/client.ts';
import type { Quote as QuoteRow } from '../../generated/prisma/client.ts';
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

/** The only file of the quote module that touches the database; every read takes the Scope. */
export class QuoteRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  /** A page of visible live quotes and their count: ids in SQL (scope as a subquery), rows by id. */
  async list(scope: Scope, q: QuoteListQuery): Promise<{ rows: Quote[]; totalCount: number }> {
    const where = Prisma.sql`${visibleSql('Quote', scope, 'q')} AND ${quoteFilterSql(q.filter, q.today)}`;
    const sort = SORT_SQL[q.field];
    const dir = Prisma.raw(q.direction === 'asc' ? 'ASC' : 'DESC');
    const [ids, count] = await Promise.all([
      this.db.$queryRaw<{ id: string }[]>`
        SELECT q.id FROM "Quote" q WHERE ${where} AND ${keysetSql(sort.column, sort.cast, q.direction, q.after, 'q.id')}
        ORDER BY ${Prisma.raw(sort.column)} ${dir}, q.id ${dir} LIMIT ${q.take}`,
      this.db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM "Quote" q WHERE ${where}`,
    ]);
    const rows = ids.length ? await this.db.quote.findMany({ where: { id: { in: ids.map((r) => r.id) } } }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { rows: ids.map((r) => toQuote(byId.get(r.id)!, q.today)), totalCount: count[0]?.n ?? 0 };
  }

  /** A quote the scope may see (deleted or not), or null: callers answer NOT_FOUND. */
  async findVisible(scope: Scope, id: string, tx: Tx | Db = this.db): Promise<Quote | null> {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT q.id FROM "Quote" q WHERE q.id = ${id} AND ${visibleSql('Quote', scope, 'q')}`;
    if (!rows.length) return null;
    const row = await tx.quote.findUnique({ where: { id } });
    return row ? toQuote(row) : null;
  }

  /** Visible quotes by id (loaders): one statement for the scope check, one for the rows. */
  async findManyVisible(scope: Scope, ids: readonly string[]): Promise<Quote[]> {
    if (!ids.length) return [];
    const visible = await this.db.$queryRaw<{ id: string }[]>`
      SELECT q.id FROM "Quote" q WHERE q.id IN (${Prisma.join([...ids])}) AND ${visibleSql('Quote', scope, 'q')}`;
    if (!visible.length) return [];
    return (await this.db.quote.findMany({ where: { id: { in: visible.map((r) => r.id) } } })).map((r) => toQuote(r));
  }

  /** Locks the quote row until the transaction ends (FOR UPDATE) and returns it fresh. */
  async lock(tx: Tx, id: string): Promise<Quote> {
    await tx.$queryRaw`SELECT id FROM "Quote" WHERE id = ${id} FOR UPDATE`;
    return toQuote(await tx.quote.findUniqueOrThrow({ where: { id } }));
  }

  async findRow(tx: Tx, id: string): Promise<QuoteRow> {
    return tx.quote.findUniqueOrThrow({ where: { id } });
  }

  /** Lines of quotes the caller has already loaded through its scope, by position. */
  async linesOf(quoteIds: readonly string[], tx: Tx | Db = this.db) {
    return tx.quoteLine.findMany({ where: { quoteId: { in: [...quoteIds] } }, orderBy: [{ quoteId: 'asc' }, { position: 'asc' }] });
  }

  /** Live quotes of deals the caller has already loaded through its scope, newest first. */
  async ofOpportunities(opportunityIds: readonly string[]): Promise<Quote[]> {
    const rows = await this.db.quote.findMany({
      where: { opportunityId: { in: [...opportunityIds] }, deletedAt: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
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

  async replaceLines(tx: Tx, quoteId: string, lines: NewLine[]): Promise<void> {
    await tx.quoteLine.deleteMany({ where: { quoteId } });
    await this.insertLines(tx, quoteId, lines);
  }

  private async insertLines(tx: Tx, quoteId: string, lines: NewLine[]) {
    if (lines.length) await tx.quoteLine.createMany({ data: lines.map((l) => ({ ...l, id: newId(), quoteId })) });
  }

  /** Updates only when `version` still matches (and, when given, the stored status is one of `statuses`); null otherwise. */
  async updateVersioned(tx: Tx, id: string, version: number | null, data: Prisma.QuoteUncheckedUpdateInput, statuses?: string[]): Promise<Quote | null> {
    const { count } = await tx.quote.updateMany({
      where: { id, ...(version != null ? { version } : {}), ...(statuses ? { status: { in: statuses as never } } : {}) },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) return null;
    return toQuote(await tx.quote.findUniqueOrThrow({ where: { id } }));
  }
}

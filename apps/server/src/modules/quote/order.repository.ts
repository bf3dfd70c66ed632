import { Prisma } from '../../generated/prisma/client.ts';
import type { Order as OrderRow, Quote as QuoteRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Cursor } from '../../core/pagination/connection.ts';
import { escapeLike } from '../../core/db/like.ts';
import { formatAmount } from '../../core/money/money.ts';
import { money } from '../../core/money/money.type.ts';
import { nextDocumentNumber } from '../../core/documents/document-number.ts';
import { newId } from '../../core/ids.ts';
import { isoDate, type DocumentLineRow } from './quote.mapping.ts';
import { keysetSql, type Tx } from './quote.repository.ts';
import { OrderSortField, type OrderFilter } from './order.inputs.ts';
import type { Order, OrderStatus } from './order.type.ts';
import { visibleSql } from '../../core/access/access.ts';

export function toOrder(row: OrderRow): Order {
  const currency = row.currency.trim();
  return {
    id: row.id, number: row.number, status: row.status as OrderStatus, quoteId: row.quoteId, opportunityId: row.opportunityId,
    customerId: row.customerId, contactId: row.contactId, ownerId: row.ownerId, partnerId: row.partnerId, currency,
    orderDate: isoDate(row.orderDate),
    subtotal: money(formatAmount(row.subtotal), currency), discountTotal: money(formatAmount(row.discountTotal), currency),
    taxTotal: money(formatAmount(row.taxTotal), currency), total: money(formatAmount(row.total), currency),
    billingAddress: row.billingAddress, notes: row.notes, createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

const SORT_SQL: Record<OrderSortField, { column: string; cast: string }> = {
  [OrderSortField.ORDER_DATE]: { column: 'r."orderDate"', cast: 'date' },
  [OrderSortField.CREATED_AT]: { column: 'r."createdAt"', cast: 'timestamp' },
  [OrderSortField.TOTAL]: { column: 'r.total', cast: 'numeric' },
  [OrderSortField.NUMBER]: { column: 'r.number', cast: 'text' },
};

function orderFilterSql(filter: OrderFilter | null | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter?.opportunityId) parts.push(Prisma.sql`r."opportunityId" = ${filter.opportunityId}`);
  if (filter?.customerId) parts.push(Prisma.sql`r."customerId" = ${filter.customerId}`);
  if (filter?.ownerId) parts.push(Prisma.sql`r."ownerId" = ${filter.ownerId}`);
  if (filter?.status) parts.push(Prisma.sql`r.status = ${filter.status}::"OrderStatus"`);
  const search = filter?.search?.trim();
  if (search) parts.push(Prisma.sql`r.number ILIKE ${`%${escapeLike(search)}%`}`);
  return Prisma.join(parts, ' AND ');
}

export interface OrderListQuery {
  filter?: OrderFilter | null;
  field: OrderSortField;
  direction: 'asc' | 'desc';
  after: Cursor | null;
  take: number;
}

/** The only file of the order module that touches the database; orders are visible with their deal (quote.scope.ts). */
export class OrderRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  async list(scope: Scope, q: OrderListQuery): Promise<{ rows: Order[]; totalCount: number }> {
    const where = Prisma.sql`${visibleSql('Order', scope, 'r')} AND ${orderFilterSql(q.filter)}`;
    const sort = SORT_SQL[q.field];
    const dir = Prisma.raw(q.direction === 'asc' ? 'ASC' : 'DESC');
    const [ids, count] = await Promise.all([
      this.db.$queryRaw<{ id: string }[]>`
        SELECT r.id FROM "Order" r WHERE ${where} AND ${keysetSql(sort.column, sort.cast, q.direction, q.after, 'r.id')}
        ORDER BY ${Prisma.raw(sort.column)} ${dir}, r.id ${dir} LIMIT ${q.take}`,
      this.db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM "Order" r WHERE ${where}`,
    ]);
    const rows = ids.length ? await this.db.order.findMany({ where: { id: { in: ids.map((r) => r.id) } } }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { rows: ids.map((r) => toOrder(byId.get(r.id)!)), totalCount: count[0]?.n ?? 0 };
  }

  async findVisible(scope: Scope, id: string, tx: Tx | Db = this.db): Promise<Order | null> {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT r.id FROM "Order" r WHERE r.id = ${id} AND ${visibleSql('Order', scope, 'r')}`;
    if (!rows.length) return null;
    const row = await tx.order.findUnique({ where: { id } });
    return row ? toOrder(row) : null;
  }

  /** Visible orders of these customers, newest first, at most `perCustomer` each (one statement). */
  async ofCustomers(scope: Scope, customerIds: readonly string[], perCustomer: number): Promise<Order[]> {
    const ids = await this.db.$queryRaw<{ id: string }[]>`
      SELECT id FROM (
        SELECT r.id, ROW_NUMBER() OVER (PARTITION BY r."customerId" ORDER BY r."orderDate" DESC, r."createdAt" DESC, r.id DESC) AS n
        FROM "Order" r WHERE r."customerId" IN (${Prisma.join([...customerIds])}) AND ${visibleSql('Order', scope, 'r')}
      ) t WHERE t.n <= ${perCustomer}`;
    if (!ids.length) return [];
    const rows = await this.db.order.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy: [{ orderDate: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] });
    return rows.map(toOrder);
  }

  /** Orders made from quotes the caller has already loaded through its scope. */
  async ofQuotes(quoteIds: readonly string[]): Promise<Order[]> {
    return (await this.db.order.findMany({ where: { quoteId: { in: [...quoteIds] } } })).map(toOrder);
  }

  /** Lines of orders the caller has already loaded through its scope, by position. */
  async linesOf(orderIds: readonly string[]) {
    return this.db.orderLine.findMany({ where: { orderId: { in: [...orderIds] } }, orderBy: [{ orderId: 'asc' }, { position: 'asc' }] });
  }

  /** The order of an accepted quote: number SO-…, the quote's lines and totals copied. Runs in the accepting transaction. */
  async createFromQuote(tx: Tx, quote: QuoteRow, lines: (DocumentLineRow & { quoteId?: string })[], actorId: string, at: Date): Promise<Order> {
    const id = newId();
    const row = await tx.order.create({
      data: {
        id, number: await nextDocumentNumber(tx, 'SO', at), quoteId: quote.id, opportunityId: quote.opportunityId,
        customerId: quote.customerId, contactId: quote.contactId, ownerId: quote.ownerId, partnerId: quote.partnerId,
        currency: quote.currency, orderDate: new Date(`${isoDate(at)}T00:00:00.000Z`),
        subtotal: quote.subtotal, discountTotal: quote.discountTotal, taxTotal: quote.taxTotal, total: quote.total,
        billingAddress: quote.billingAddress, notes: quote.notes, createdById: actorId,
      },
    });
    if (lines.length) {
      await tx.orderLine.createMany({
        data: lines.map(({ id: _lineId, quoteId: _quoteId, ...l }) => ({ ...l, id: newId(), orderId: id })),
      });
    }
    return toOrder(row);
  }

  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.OrderUncheckedUpdateInput): Promise<Order | null> {
    const { count } = await tx.order.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toOrder(await tx.order.findUniqueOrThrow({ where: { id } }));
  }
}

import { Prisma } from '../../generated/prisma/client.ts';
import type { Order as OrderRow, OrderLine as OrderLineRow, Quote as QuoteRow } from '../../generated/prisma/client.ts';
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
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';

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

/**
 * The only file of the order module that touches the database; orders are visible with their
 * deal (quote.scope.ts). Like quotes, they reach the deal by column, so the Order and
 * OrderLine rules have no Prisma form below level `all`: reads are SQL with visibleSql, and an
 * order is written only after `lock` found it through the same predicate.
 */
export class OrderRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  async list(scope: Scope, q: OrderListQuery): Promise<{ rows: Order[]; totalCount: number }> {
    const visible = Prisma.sql`${visibleSql('Order', scope, 'r')} AND ${orderFilterSql(q.filter)}`;
    const sort = SORT_SQL[q.field];
    const dir = Prisma.raw(q.direction === 'asc' ? 'ASC' : 'DESC');
    const [rows, count] = await Promise.all([
      this.db.$queryRaw<OrderRow[]>`
        SELECT r.* FROM "Order" r WHERE ${visible} AND ${keysetSql(sort.column, sort.cast, q.direction, q.after, 'r.id')}
        ORDER BY ${Prisma.raw(sort.column)} ${dir}, r.id ${dir} LIMIT ${q.take}`,
      this.db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM "Order" r WHERE ${visible}`,
    ]);
    return { rows: rows.map(toOrder), totalCount: count[0]?.n ?? 0 };
  }

  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<Order | null> {
    const [row] = await (tx ?? this.db).$queryRaw<OrderRow[]>`SELECT r.* FROM "Order" r WHERE r.id = ${id} AND ${visibleSql('Order', scope, 'r')}`;
    return row ? toOrder(row) : null;
  }

  /** Visible orders of these customers, newest first, at most `perCustomer` each (one statement). */
  async ofCustomers(scope: Scope, customerIds: readonly string[], perCustomer: number): Promise<Order[]> {
    const rows = await this.db.$queryRaw<OrderRow[]>`
      SELECT r.* FROM "Order" r WHERE r.id IN (
        SELECT t.id FROM (
          SELECT v.id, ROW_NUMBER() OVER (PARTITION BY v."customerId" ORDER BY v."orderDate" DESC, v."createdAt" DESC, v.id DESC) AS n
          FROM "Order" v WHERE v."customerId" IN (${Prisma.join([...customerIds])}) AND ${visibleSql('Order', scope, 'v')}
        ) t WHERE t.n <= ${perCustomer})
      ORDER BY r."orderDate" DESC, r."createdAt" DESC, r.id DESC`;
    return rows.map(toOrder);
  }

  /** Orders made from these quotes that the scope sees. */
  async ofQuotes(scope: Scope, quoteIds: readonly string[]): Promise<Order[]> {
    if (!quoteIds.length) return [];
    const rows = await this.db.$queryRaw<OrderRow[]>`
      SELECT r.* FROM "Order" r WHERE r."quoteId" IN (${Prisma.join([...quoteIds])}) AND ${visibleSql('Order', scope, 'r')}`;
    return rows.map(toOrder);
  }

  /** Lines of these orders that the scope sees, by position. */
  async linesOf(scope: Scope, orderIds: readonly string[]): Promise<OrderLineRow[]> {
    if (!orderIds.length) return [];
    return this.db.$queryRaw<OrderLineRow[]>`
      SELECT l.* FROM "OrderLine" l WHERE l."orderId" IN (${Prisma.join([...orderIds])}) AND ${visibleSql('OrderLine', scope, 'l')}
      ORDER BY l."orderId", l.position`;
  }

  /** Locks an order the scope sees until the transaction ends (FOR UPDATE); whether it does. */
  async lock(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT r.id FROM "Order" r WHERE r.id = ${id} AND ${visibleSql('Order', scope, 'r')} FOR UPDATE OF r`;
    return rows.length > 0;
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

  /** Updates an order the scope sees, only when `version` still matches; null otherwise. The rule is checked by `lock`, in SQL; the write then goes by id. */
  async updateVersioned(tx: Tx, scope: Scope, id: string, version: number, data: Prisma.OrderUncheckedUpdateInput): Promise<Order | null> {
    if (!(await this.lock(tx, scope, id))) return null;
    const system = systemClient(tx, 'an order lock() just found through visibleSql: the Order rule has no Prisma form');
    const [row] = await system.order.updateManyAndReturn({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return row ? toOrder(row) : null;
  }
}

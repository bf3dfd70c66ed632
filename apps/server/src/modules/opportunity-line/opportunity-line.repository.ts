import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient } from '../../core/access/scoped-client.ts';
import type { OpportunityLineItem } from './opportunity-line.type.ts';

export type Tx = Prisma.TransactionClient;
const include = { opportunity: { select: { currency: true } } } as const;
type Row = Prisma.OpportunityLineItemGetPayload<{ include: typeof include }>;

export function toLineItem(row: Row): OpportunityLineItem {
  const currency = row.opportunity.currency.trim();
  return {
    id: row.id, opportunityId: row.opportunityId, productId: row.productId, position: row.position, description: row.description,
    quantity: row.quantity.toString(), discountPercent: row.discountPercent.toFixed(2),
    unitPrice: { amount: row.unitPrice.toFixed(2), currency }, total: { amount: row.total.toFixed(2), currency },
  };
}

export type LineData = Omit<Prisma.OpportunityLineItemCreateManyInput, 'opportunityId'>;

/**
 * Deal line items: visible with their deal (core/access/rules.ts). Reads take the Scope;
 * methods taking a `tx` run on OpportunityService.save's scoped transaction.
 */
export class OpportunityLineRepository {
  constructor(private readonly db: Db) {}

  /** Lines of these deals the scope sees, in position order. */
  async linesOf(scope: Scope, opportunityIds: readonly string[]): Promise<OpportunityLineItem[]> {
    const rows = await scopedClient(this.db, scope).opportunityLineItem.findMany({
      where: { opportunityId: { in: [...opportunityIds] } },
      orderBy: [{ opportunityId: 'asc' }, { position: 'asc' }],
      include,
    });
    return rows.map(toLineItem);
  }

  /** The price book of each of these deals the scope sees. */
  async priceBookIds(scope: Scope, opportunityIds: readonly string[]): Promise<Map<string, string | null>> {
    const rows = await scopedClient(this.db, scope).opportunity.findMany({ where: { id: { in: [...opportunityIds] } }, select: { id: true, priceBookId: true } });
    return new Map(rows.map((r) => [r.id, r.priceBookId]));
  }

  /** The deal's current lines with their product names, inside the caller's transaction. */
  async current(tx: Tx, opportunityId: string) {
    return tx.opportunityLineItem.findMany({ where: { opportunityId }, orderBy: { position: 'asc' } });
  }

  async productsOf(tx: Tx, ids: readonly string[]): Promise<Map<string, { name: string; active: boolean }>> {
    const rows = await tx.product.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, active: true } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async priceBook(tx: Tx, id: string) {
    return tx.priceBook.findUnique({ where: { id }, select: { id: true, name: true, currency: true, active: true } });
  }

  async dealPriceBookId(tx: Tx, opportunityId: string): Promise<string | null> {
    return (await tx.opportunity.findUniqueOrThrow({ where: { id: opportunityId }, select: { priceBookId: true } })).priceBookId;
  }

  /** Replaces every line of the deal. */
  async replace(tx: Tx, opportunityId: string, lines: LineData[]): Promise<void> {
    await tx.opportunityLineItem.deleteMany({ where: { opportunityId } });
    if (lines.length) await tx.opportunityLineItem.createMany({ data: lines.map((l) => ({ ...l, opportunityId })) });
  }
}

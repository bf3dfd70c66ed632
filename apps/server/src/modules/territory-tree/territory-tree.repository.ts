import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { visibleSql } from '../../core/access/access.ts';

/** Per territory: what the viewer may see in it, own and with everything below it (amounts in the base currency). */
export interface TerritoryTotalsRow {
  id: string;
  customerCount: number;
  totalCustomerCount: number;
  openDealCount: number;
  totalOpenDealCount: number;
  openAmount: string;
  totalOpenAmount: string;
  unconvertedCount: number;
}

/** The per-territory aggregates behind the territory tree, always scoped to the viewer. */
export class TerritoryTreeRepository {
  constructor(private readonly db: Db) {}

  /**
   * Customers and open deals per territory as the scope sees them (the customer and deal
   * visibility SQL twins), own and summed over each territory's subtree by a recursive
   * closure. Open = a stage of kind OPEN; amounts are converted into `baseCurrency` with
   * the stored rates (rounded to cents per deal); a deal in a currency without a rate is
   * counted in unconvertedCount and left out of the amount.
   */
  async totals(scope: Scope, baseCurrency: string): Promise<TerritoryTotalsRow[]> {
    return this.db.$queryRaw<TerritoryTotalsRow[]>`
      WITH RECURSIVE fx AS (
        SELECT r.currency::text AS currency, r.rate FROM "CurrencyRate" r WHERE r.currency::text <> ${baseCurrency}
        UNION ALL SELECT ${baseCurrency}::text, 1::numeric),
      own_customers AS (
        SELECT c."territoryId" AS tid, COUNT(*)::int AS n FROM "Customer" c
        WHERE c."deletedAt" IS NULL AND c."territoryId" IS NOT NULL AND ${visibleSql('Customer', scope, 'c')}
        GROUP BY c."territoryId"),
      own_deals AS (
        SELECT c."territoryId" AS tid, COUNT(*)::int AS n,
          COALESCE(SUM(ROUND(o.amount * fx.rate, 2)), 0) AS amt,
          (COUNT(*) FILTER (WHERE fx.rate IS NULL))::int AS unconverted
        FROM "Opportunity" o
        JOIN "PipelineStage" s ON s.id = o."stageId"
        JOIN "Customer" c ON c.id = o."customerId"
        LEFT JOIN fx ON fx.currency = o.currency::text
        WHERE o."deletedAt" IS NULL AND s.kind = 'OPEN' AND c."territoryId" IS NOT NULL AND ${visibleSql('Opportunity', scope, 'o')}
        GROUP BY c."territoryId"),
      closure AS (
        SELECT t.id AS ancestor, t.id AS descendant, 0 AS depth FROM "Territory" t
        UNION ALL
        SELECT cl.ancestor, t.id, cl.depth + 1 FROM closure cl JOIN "Territory" t ON t."parentId" = cl.descendant WHERE cl.depth < 64)
      SELECT cl.ancestor AS id,
        (COALESCE(SUM(oc.n) FILTER (WHERE cl.depth = 0), 0))::int AS "customerCount",
        (COALESCE(SUM(oc.n), 0))::int AS "totalCustomerCount",
        (COALESCE(SUM(od.n) FILTER (WHERE cl.depth = 0), 0))::int AS "openDealCount",
        (COALESCE(SUM(od.n), 0))::int AS "totalOpenDealCount",
        (COALESCE(SUM(od.amt) FILTER (WHERE cl.depth = 0), 0))::text AS "openAmount",
        (COALESCE(SUM(od.amt), 0))::text AS "totalOpenAmount",
        (COALESCE(SUM(od.unconverted), 0))::int AS "unconvertedCount"
      FROM closure cl
      LEFT JOIN own_customers oc ON oc.tid = cl.descendant
      LEFT JOIN own_deals od ON od.tid = cl.descendant
      GROUP BY cl.ancestor`;
  }
}

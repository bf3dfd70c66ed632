import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { FORECAST_COLUMNS, UNCONVERTED, WEIGHTED, closedInPeriod, dealsCte, forecastDeals, leadDimensionsSql, periodDeals, monthsCte, openInPeriod, type DashboardQuery } from './sales-analytics.sql.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient } from '../../core/access/scoped-client.ts';

type Num = Prisma.Decimal | string | number | null;
export interface FunnelRow { stageId: string; name: string; kind: string; count: number; amount: Num; unconvertedCount: number }
export interface MonthRow { month: string; from: string; to: string; count: number; amount: Num; weightedAmount?: Num; unconvertedCount: number }
export interface OwnerRow { ownerId: string | null; ownerName: string | null; won: number; lost: number; winRate: number; avgCycleDays: number | null; wonAmount: Num; unconvertedCount: number }
export interface CustomerRow { customerId: string; customerName: string | null; count: number; amount: Num; unconvertedCount: number }
export interface LeadRow { source: string; total: number; converted: number; rate: number }
export interface ForecastRow { weighted: Num; commit: Num; bestCase: Num; won: Num; openCount: number; wonCount: number; unconvertedCount: number }
export interface UnconvertedRow { currency: string; count: number }

const AMOUNT = Prisma.sql`COALESCE(SUM(d.amt), 0) AS amount`;
/** Per month of `m`, the figures of `agg` (grouped by month in SQL, zero when a month has none). */
const byMonth = Prisma.sql`SELECT to_char(m.month, 'YYYY-MM') AS month, to_char(m.start, 'YYYY-MM-DD') AS "from",
  to_char(m."end", 'YYYY-MM-DD') AS "to", COALESCE(agg.count, 0)::int AS count, COALESCE(agg.amount, 0) AS amount,
  COALESCE(agg."unconvertedCount", 0)::int AS "unconvertedCount"`;

/**
 * The sales dashboard's aggregations, each one SQL statement over the viewer's scope; nothing
 * is summed in JavaScript. Money comes back as numeric (Decimal), counts as int.
 */
export class SalesAnalyticsRepository {
  constructor(private readonly db: Db) {}

  /** Active stages in order; open deals expected to close, and won/lost deals closed, in the period. */
  funnel(scope: Scope, q: DashboardQuery) {
    return this.db.$queryRaw<FunnelRow[]>`${dealsCte(scope, q, periodDeals(q))}
      SELECT s.id AS "stageId", s.name, s.kind::text AS kind, COUNT(d.id)::int AS count, ${AMOUNT}, ${UNCONVERTED}
      FROM "PipelineStage" s LEFT JOIN d ON d."stageId" = s.id
      WHERE s.active GROUP BY s.id ORDER BY s.position, s.id`;
  }

  pipelineByCloseMonth(scope: Scope, q: DashboardQuery) {
    return this.db.$queryRaw<MonthRow[]>`${dealsCte(scope, q, openInPeriod(q))}, ${monthsCte(q)},
      agg AS (SELECT date_trunc('month', d."expectedCloseDate")::date AS month, COUNT(d.id)::int AS count, ${AMOUNT},
        COALESCE(SUM(${WEIGHTED}), 0) AS weighted, ${UNCONVERTED} FROM d GROUP BY 1)
      ${byMonth}, COALESCE(agg.weighted, 0) AS "weightedAmount" FROM m LEFT JOIN agg ON agg.month = m.month ORDER BY m.month`;
  }

  winRateByOwner(scope: Scope, q: DashboardQuery) {
    const won = Prisma.sql`d.kind = 'WON'`;
    return this.db.$queryRaw<OwnerRow[]>`${dealsCte(scope, q, closedInPeriod(q, 'CLOSED'))}
      SELECT d."ownerId", u.name AS "ownerName",
        (COUNT(*) FILTER (WHERE ${won}))::int AS won, (COUNT(*) FILTER (WHERE d.kind = 'LOST'))::int AS lost,
        ROUND((COUNT(*) FILTER (WHERE ${won}))::numeric / COUNT(*), 4)::float8 AS "winRate",
        ROUND(AVG(EXTRACT(EPOCH FROM d."closedAt" - d."createdAt")::numeric / 86400) FILTER (WHERE ${won}), 1)::float8 AS "avgCycleDays",
        COALESCE(SUM(d.amt) FILTER (WHERE ${won}), 0) AS "wonAmount",
        (COUNT(*) FILTER (WHERE ${won} AND d.amt IS NULL))::int AS "unconvertedCount"
      FROM d LEFT JOIN "User" u ON u.id = d."ownerId"
      GROUP BY d."ownerId", u.name ORDER BY won DESC, "wonAmount" DESC, u.name NULLS LAST`;
  }

  revenueByMonth(scope: Scope, q: DashboardQuery) {
    return this.db.$queryRaw<MonthRow[]>`${dealsCte(scope, q, closedInPeriod(q, 'WON'))}, ${monthsCte(q)},
      agg AS (SELECT date_trunc('month', d."closedAt")::date AS month, COUNT(d.id)::int AS count, ${AMOUNT}, ${UNCONVERTED} FROM d GROUP BY 1)
      ${byMonth} FROM m LEFT JOIN agg ON agg.month = m.month ORDER BY m.month`;
  }

  /** Customer names only where the viewer may see the customer too. */
  topCustomers(scope: Scope, q: DashboardQuery, limit = 10) {
    return this.db.$queryRaw<CustomerRow[]>`${dealsCte(scope, q, closedInPeriod(q, 'WON'))}
      SELECT d."customerId", CASE WHEN ${visibleSql('Customer', scope, 'c')} THEN c.name END AS "customerName",
        COUNT(d.id)::int AS count, ${AMOUNT}, ${UNCONVERTED}
      FROM d JOIN "Customer" c ON c.id = d."customerId"
      GROUP BY d."customerId", c.id ORDER BY amount DESC, count DESC, d."customerId" LIMIT ${limit}`;
  }

  forecast(scope: Scope, q: DashboardQuery) {
    return this.db.$queryRaw<ForecastRow[]>`${dealsCte(scope, q, forecastDeals(q))} SELECT ${FORECAST_COLUMNS} FROM d`;
  }

  /** Deals of the period (open expected in it, or closed in it) whose currency has no rate. */
  unconverted(scope: Scope, q: DashboardQuery) {
    return this.db.$queryRaw<UnconvertedRow[]>`${dealsCte(scope, q, periodDeals(q))}
      SELECT d.currency, COUNT(*)::int AS count FROM d WHERE d.amt IS NULL GROUP BY d.currency ORDER BY d.currency`;
  }

  leadConversionBySource(scope: Scope, q: DashboardQuery) {
    return this.db.$queryRaw<LeadRow[]>`
      SELECT l.source::text AS source, COUNT(*)::int AS total,
        (COUNT(*) FILTER (WHERE l."convertedAt" IS NOT NULL))::int AS converted,
        ROUND((COUNT(*) FILTER (WHERE l."convertedAt" IS NOT NULL))::numeric / COUNT(*), 4)::float8 AS rate
      FROM "Lead" l
      WHERE ${visibleSql('Lead', scope, 'l')} AND ${leadDimensionsSql(q)}
        AND l."createdAt" >= ${q.from}::date AND l."createdAt" < ${q.to}::date + 1
      GROUP BY l.source ORDER BY total DESC, source`;
  }

  /** Whether the display currency can be converted to: the base currency or one with a rate. */
  async hasRate(scope: Scope, currency: string, baseCurrency: string): Promise<boolean> {
    if (currency === baseCurrency) return true;
    return (await scopedClient(this.db, scope).currencyRate.count({ where: { currency } })) > 0;
  }
}

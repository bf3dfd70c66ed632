import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { territorySubtreeSql } from '../territory/territory.sql.ts';
import { departmentUsersSql } from '../department/department.sql.ts';
import { visibleSql } from '../../core/access/access.ts';

/** A checked dashboard query: inclusive period, display and base currency, dimension filters. */
export interface DashboardQuery {
  from: string;
  to: string;
  currency: string;
  baseCurrency: string;
  ownerId: string | null;
  departmentId: string | null;
  territoryId: string | null;
}

/** Owner, department and territory filters over `o` (a deal's territory is its customer's). */
export function dealDimensionsSql(q: DashboardQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`o."deletedAt" IS NULL`];
  if (q.ownerId) parts.push(Prisma.sql`o."ownerId" = ${q.ownerId}`);
  if (q.departmentId) parts.push(Prisma.sql`o."ownerId" IN ${departmentUsersSql(q.departmentId)}`);
  if (q.territoryId) parts.push(Prisma.sql`o."customerId" IN (SELECT c.id FROM "Customer" c WHERE c."territoryId" IN ${territorySubtreeSql(q.territoryId)})`);
  return Prisma.join(parts, ' AND ');
}

/** The same filters over leads `l`. */
export function leadDimensionsSql(q: DashboardQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`l."deletedAt" IS NULL`];
  if (q.ownerId) parts.push(Prisma.sql`l."ownerId" = ${q.ownerId}`);
  if (q.departmentId) parts.push(Prisma.sql`l."ownerId" IN ${departmentUsersSql(q.departmentId)}`);
  if (q.territoryId) parts.push(Prisma.sql`l."territoryId" IN ${territorySubtreeSql(q.territoryId)}`);
  return Prisma.join(parts, ' AND ');
}

/** Open deals expected to close in the period (index: deletedAt, expectedCloseDate). */
export const openInPeriod = (q: DashboardQuery) =>
  Prisma.sql`(s.kind = 'OPEN' AND o."expectedCloseDate" BETWEEN ${q.from}::date AND ${q.to}::date)`;

/** Deals closed (won or lost) in the period; closedAt is UTC. */
export const closedInPeriod = (q: DashboardQuery, kinds: 'WON' | 'CLOSED') =>
  Prisma.sql`(${kinds === 'WON' ? Prisma.sql`s.kind = 'WON'` : Prisma.sql`s.kind <> 'OPEN'`}
    AND o."closedAt" >= ${q.from}::date AND o."closedAt" < ${q.to}::date + 1)`;

/**
 * `fx`, `disp` and `d`: the visible, filtered deals matching `where`, each with its amount
 * converted into the display currency inside SQL (amount × rate ÷ display rate, rounded to
 * cents); `amt` is NULL for a currency without a rate, which callers count, never drop.
 * `where` may be a list of disjoint conditions (open in the period; closed in it): each
 * becomes its own branch of a UNION ALL, so each can use its index instead of one scan for an OR.
 */
export function dealsCte(scope: Scope, q: DashboardQuery, where: Prisma.Sql | readonly Prisma.Sql[]): Prisma.Sql {
  const branches = (Array.isArray(where) ? where : [where]).map((condition) => Prisma.sql`
      SELECT o.id, o."stageId", o."ownerId", o."customerId", o.probability, o."expectedCloseDate", o."closedAt",
        o."createdAt", o.currency::text AS currency, s.kind::text AS kind,
        ROUND(o.amount * fx.rate / (SELECT rate FROM disp), 2) AS amt
      FROM "Opportunity" o
      JOIN "PipelineStage" s ON s.id = o."stageId"
      LEFT JOIN fx ON fx.currency = o.currency::text
      WHERE ${visibleSql('Opportunity', scope, 'o')} AND ${dealDimensionsSql(q)} AND ${condition}`);
  return Prisma.sql`WITH fx AS (
      SELECT r.currency::text AS currency, r.rate FROM "CurrencyRate" r WHERE r.currency::text <> ${q.baseCurrency}
      UNION ALL SELECT ${q.baseCurrency}::text, 1::numeric),
    disp AS (SELECT rate FROM fx WHERE currency = ${q.currency}::text LIMIT 1),
    d AS (${Prisma.join(branches, ' UNION ALL ')})`;
}

/** The months of the period, each clipped to it: `m.month`, `m.start`, `m.end`. */
export const monthsCte = (q: DashboardQuery) => Prisma.sql`m AS (
    SELECT g::date AS month, GREATEST(g::date, ${q.from}::date) AS start,
      LEAST((g + interval '1 month' - interval '1 day')::date, ${q.to}::date) AS "end"
    FROM generate_series(date_trunc('month', ${q.from}::date), date_trunc('month', ${q.to}::date), interval '1 month') g)`;

/** Deals of `d` without a rate for the display currency: counted, never converted. */
export const UNCONVERTED = Prisma.sql`(COUNT(d.id) FILTER (WHERE d.amt IS NULL))::int AS "unconvertedCount"`;
/** A deal's weighted amount: amount × probability / 100, rounded to cents. */
export const WEIGHTED = Prisma.sql`ROUND(d.amt * d.probability / 100.0, 2)`;
const OPEN = Prisma.sql`d.kind = 'OPEN'`;

/**
 * The forecast over `d` (open deals expected in the period and deals won in it): weighted
 * pipeline, commit (won + open at ≥ 75%), best case (won + all open), won, and counts.
 * Shared by the dashboard's forecast and the per-period forecast against target.
 */
export const FORECAST_COLUMNS = Prisma.sql`COALESCE(SUM(${WEIGHTED}) FILTER (WHERE ${OPEN}), 0) AS weighted,
  COALESCE(SUM(d.amt) FILTER (WHERE d.kind = 'WON' OR d.probability >= 75), 0) AS commit,
  COALESCE(SUM(d.amt), 0) AS "bestCase",
  COALESCE(SUM(d.amt) FILTER (WHERE d.kind = 'WON'), 0) AS won,
  (COUNT(*) FILTER (WHERE ${OPEN}))::int AS "openCount", (COUNT(*) FILTER (WHERE d.kind = 'WON'))::int AS "wonCount",
  ${UNCONVERTED}`;

/** The deals a forecast covers: open ones expected to close in the period, and those won in it (disjoint branches). */
export const forecastDeals = (q: DashboardQuery): Prisma.Sql[] => [openInPeriod(q), closedInPeriod(q, 'WON')];

/** The deals of the period: open ones expected to close in it, and those won or lost in it (disjoint branches). */
export const periodDeals = (q: DashboardQuery): Prisma.Sql[] => [openInPeriod(q), closedInPeriod(q, 'CLOSED')];

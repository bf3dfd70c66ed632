import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { TargetPeriod } from '../../generated/prisma/enums.ts';
import { FORECAST_COLUMNS, dealsCte, forecastDeals, type DashboardQuery } from './sales-analytics.sql.ts';
import { departmentUsersSql } from '../department/department.sql.ts';
import { visibleSql } from '../../core/access/access.ts';

type Num = Prisma.Decimal | string | number | null;
export interface ForecastTargetRow {
  period: string; from: string; to: string; target: Num; won: Num; weighted: Num; commit: Num; bestCase: Num;
  attainment: number | null; openCount: number; wonCount: number; unconvertedCount: number; targetUnconvertedCount: number;
}

const UNITS = { MONTH: { unit: 'month', step: '1 month', label: 'YYYY-MM' }, QUARTER: { unit: 'quarter', step: '3 months', label: 'YYYY-"Q"Q' } };

/**
 * Which targets count, as [rows of `t` to consider, the period's target over them]:
 * - an owner filter: that user's targets;
 * - a department filter: the department's own target when it has one for the period, else
 *   the sum of the targets of the users in its subtree;
 * - neither: the sum of the visible users' targets (department targets would count twice).
 * The territory filter does not apply to targets.
 */
function targetRule(q: DashboardQuery): [Prisma.Sql, Prisma.Sql] {
  if (q.ownerId) return [Prisma.sql`t."userId" = ${q.ownerId}`, Prisma.sql`SUM(t.amt)`];
  if (q.departmentId) {
    const own = Prisma.sql`t."departmentId" = ${q.departmentId}`;
    return [
      Prisma.sql`(${own} OR t."userId" IN ${departmentUsersSql(q.departmentId)})`,
      Prisma.sql`CASE WHEN bool_or(${own}) THEN SUM(t.amt) FILTER (WHERE ${own}) ELSE SUM(t.amt) END`,
    ];
  }
  return [Prisma.sql`t."userId" IS NOT NULL`, Prisma.sql`SUM(t.amt)`];
}

/** Per month or quarter of the period: target (converted in SQL), forecast figures and attainment. */
export class ForecastTargetRepository {
  constructor(private readonly db: Db) {}

  byPeriod(scope: Scope, q: DashboardQuery, period: TargetPeriod) {
    const { unit, step, label } = UNITS[period];
    const [candidates, target] = targetRule(q);
    return this.db.$queryRaw<ForecastTargetRow[]>`${dealsCte(scope, q, forecastDeals(q))},
      p AS (SELECT g::date AS start, GREATEST(g::date, ${q.from}::date) AS "from",
          LEAST((g + ${step}::interval - interval '1 day')::date, ${q.to}::date) AS "to"
        FROM generate_series(date_trunc(${unit}, ${q.from}::date), date_trunc(${unit}, ${q.to}::date), ${step}::interval) g),
      f AS (SELECT date_trunc(${unit}, CASE WHEN d.kind = 'WON' THEN d."closedAt" ELSE d."expectedCloseDate" END)::date AS start,
          ${FORECAST_COLUMNS} FROM d GROUP BY 1),
      t AS (SELECT t."periodStart" AS start, t."userId", t."departmentId", ROUND(t.amount * fx.rate / (SELECT rate FROM disp), 2) AS amt
        FROM "SalesTarget" t LEFT JOIN fx ON fx.currency = t.currency::text
        WHERE ${visibleSql('SalesTarget', scope, 't')} AND t.period = ${period}::"TargetPeriod" AND t."periodStart" IN (SELECT start FROM p) AND ${candidates}),
      tp AS (SELECT t.start, ${target} AS target, (COUNT(*) FILTER (WHERE t.amt IS NULL))::int AS "targetUnconvertedCount" FROM t GROUP BY t.start)
      SELECT to_char(p.start, ${label}) AS period, to_char(p."from", 'YYYY-MM-DD') AS "from", to_char(p."to", 'YYYY-MM-DD') AS "to",
        tp.target, COALESCE(f.won, 0) AS won, COALESCE(f.weighted, 0) AS weighted, COALESCE(f.commit, 0) AS commit,
        COALESCE(f."bestCase", 0) AS "bestCase",
        CASE WHEN tp.target > 0 THEN ROUND(COALESCE(f.won, 0) / tp.target, 4)::float8 END AS attainment,
        COALESCE(f."openCount", 0)::int AS "openCount", COALESCE(f."wonCount", 0)::int AS "wonCount",
        COALESCE(f."unconvertedCount", 0)::int AS "unconvertedCount", COALESCE(tp."targetUnconvertedCount", 0)::int AS "targetUnconvertedCount"
      FROM p LEFT JOIN f ON f.start = p.start LEFT JOIN tp ON tp.start = p.start ORDER BY p.start`;
  }
}

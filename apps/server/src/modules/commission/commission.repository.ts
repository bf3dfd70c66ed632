import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { newId } from '../../core/ids.ts';
import { closedInPeriod, dealsCte, type DashboardQuery } from '../sales-analytics/sales-analytics.sql.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import { PERIOD_LOCK } from '../closed-period/closed-period.repository.ts';
import { commissionUserSql } from './commission.scope.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';

type Tx = Prisma.TransactionClient;
type Num = Prisma.Decimal | string;

/** A month and the plan whose deals are summed: the dashboard's conversion query over the plan's currency. */
export interface PlanMonth {
  role: Role;
  currency: string;
  baseCurrency: string;
  /** First and last day of the month. */
  from: string;
  to: string;
  userId?: string | null;
}

export interface StatementUser { id: string; role: Role }
export interface WonRow { ownerId: string; won: Num; dealCount: number; unconvertedCount: number }
export interface DealRow { opportunityId: string; ownerId: string; opportunityName: string | null; closedAt: Date; originalAmount: Num; originalCurrency: string; amount: Num | null }
export interface SnapshotRow {
  id: string; userId: string; planId: string | null; currency: string; wonAmount: Num; commission: Num; dealCount: number; unconvertedCount: number;
}
export interface SnapshotLineRow { opportunityId: string; opportunityName: string | null; closedAt: Date; originalAmount: Num; originalCurrency: string; amount: Num; commission: Num; unconverted: boolean }
export interface PeriodRow { periodStart: string; closedAt: Date; closedById: string | null; statementCount: number }
export interface SnapshotStatement {
  userId: string; planId: string | null; currency: string; wonAmount: Prisma.Decimal; commission: Prisma.Decimal; dealCount: number;
  lines: { opportunityId: string; closedAt: Date; originalAmount: Num; originalCurrency: string; amount: Prisma.Decimal; commission: Prisma.Decimal }[];
}

/** A snapshot line of a deal that had no rate: stored at 0 in another currency than the statement's. */
const UNCONVERTED_LINE = Prisma.sql`(l."originalCurrency" <> s.currency AND l.amount = 0 AND l."originalAmount" <> 0)`;

const dashboardQuery = (p: PlanMonth): DashboardQuery => ({
  from: p.from, to: p.to, currency: p.currency, baseCurrency: p.baseCurrency, ownerId: p.userId ?? null, departmentId: null, territoryId: null,
});
/** Won deals of the month whose owner holds the plan's role (closedAt ≥ first day, < next month's first day). */
const wonOfPlan = (p: PlanMonth) =>
  Prisma.sql`${closedInPeriod(dashboardQuery(p), 'WON')} AND o."ownerId" IN (SELECT pu.id FROM "User" pu WHERE pu.role = ${p.role}::"Role")`;

/**
 * Commission statements: live figures aggregated in SQL with the sales dashboard's currency
 * conversion (sales-analytics.sql.ts), and the snapshots of closed months. Every read takes
 * the viewer's Scope.
 */
export class CommissionRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn, { timeout: 60_000 });
  }

  /** Users in the scope holding one of `roles`: active ones, and inactive ones with won deals in the month. */
  statementUsers(scope: Scope, roles: Role[], from: string, to: string, userId: string | null, tx: Tx | Db = this.db): Promise<StatementUser[]> {
    if (!roles.length) return Promise.resolve([]);
    return tx.$queryRaw<StatementUser[]>`SELECT u.id, u.role::text AS role FROM "User" u
      WHERE u.role::text IN (${Prisma.join(roles)}) AND ${commissionUserSql(scope, Prisma.sql`u.id`)}
        ${userId ? Prisma.sql`AND u.id = ${userId}` : Prisma.empty}
        AND (u.active OR EXISTS (SELECT 1 FROM "Opportunity" o JOIN "PipelineStage" s ON s.id = o."stageId"
          WHERE o."ownerId" = u.id AND s.kind = 'WON' AND o."deletedAt" IS NULL AND o."closedAt" >= ${from}::date AND o."closedAt" < ${to}::date + 1))
      ORDER BY u.name, u.id`;
  }

  /** Won amount per owner in the plan's currency, summed in SQL; deals without a rate are counted apart. */
  wonByOwner(scope: Scope, p: PlanMonth, tx: Tx | Db = this.db): Promise<WonRow[]> {
    return tx.$queryRaw<WonRow[]>`${dealsCte(scope, dashboardQuery(p), wonOfPlan(p))}
      SELECT d."ownerId", COALESCE(SUM(d.amt), 0) AS won, COUNT(*)::int AS "dealCount",
        (COUNT(*) FILTER (WHERE d.amt IS NULL))::int AS "unconvertedCount"
      FROM d GROUP BY d."ownerId"`;
  }

  /** The won deals themselves, per owner in closing order, each converted in SQL (null without a rate). */
  wonDeals(scope: Scope, p: PlanMonth, tx: Tx | Db = this.db): Promise<DealRow[]> {
    return tx.$queryRaw<DealRow[]>`${dealsCte(scope, dashboardQuery(p), wonOfPlan(p))}
      SELECT d.id AS "opportunityId", d."ownerId", od.name AS "opportunityName", d."closedAt", od.amount AS "originalAmount",
        d.currency AS "originalCurrency", d.amt AS amount
      FROM d JOIN "Opportunity" od ON od.id = d.id
      ORDER BY d."ownerId", d."closedAt", d.id`;
  }

  async period(month: string, tx?: Tx): Promise<PeriodRow | null> {
    return (await this.periods(month, month, tx))[0] ?? null;
  }

  /**
   * Closed months and how many statements each froze: facts of the closing, the same for every
   * reader of commissions (whether a month is closed decides how anyone's statement is read).
   */
  periods(from: string, to: string, tx?: Tx): Promise<PeriodRow[]> {
    const system = systemClient(tx ?? this.db, 'closed months and the statements they froze are company-wide facts of the closing');
    return system.$queryRaw<PeriodRow[]>`SELECT to_char(p."periodStart", 'YYYY-MM-DD') AS "periodStart", p."closedAt", p."closedById",
        (SELECT COUNT(*) FROM "CommissionStatement" s WHERE s."periodStart" = p."periodStart")::int AS "statementCount"
      FROM "CommissionPeriod" p WHERE p."periodStart" BETWEEN ${from}::date AND ${to}::date ORDER BY p."periodStart" DESC`;
  }

  /** Frozen statements of a closed month that the scope may see. */
  snapshots(scope: Scope, month: string, userId: string | null): Promise<SnapshotRow[]> {
    return this.db.$queryRaw<SnapshotRow[]>`SELECT s.id, s."userId", s."planId", s.currency::text AS currency, s."wonAmount", s.commission, s."dealCount",
        (SELECT COUNT(*) FROM "CommissionLine" l WHERE l."statementId" = s.id AND ${UNCONVERTED_LINE})::int AS "unconvertedCount"
      FROM "CommissionStatement" s JOIN "User" u ON u.id = s."userId"
      WHERE s."periodStart" = ${month}::date AND ${commissionUserSql(scope, Prisma.sql`s."userId"`)}
        ${userId ? Prisma.sql`AND s."userId" = ${userId}` : Prisma.empty}
      ORDER BY u.name, u.id`;
  }

  /** A frozen statement's lines in closing order; deal names only where the scope may see the deal. */
  snapshotLines(scope: Scope, statementId: string): Promise<SnapshotLineRow[]> {
    return this.db.$queryRaw<SnapshotLineRow[]>`SELECT l."opportunityId", o.name AS "opportunityName", l."closedAt", l."originalAmount",
        l."originalCurrency"::text AS "originalCurrency", l.amount, l.commission, ${UNCONVERTED_LINE} AS unconverted
      FROM "CommissionLine" l JOIN "CommissionStatement" s ON s.id = l."statementId"
      LEFT JOIN "Opportunity" o ON o.id = l."opportunityId" AND ${commissionUserSql(scope, Prisma.sql`o."ownerId"`)}
      WHERE l."statementId" = ${statementId} ORDER BY l."closedAt", l."opportunityId"`;
  }

  /** Takes the lock deal writes share, so no deal of the month changes while it closes or reopens. */
  async lockPeriods(tx: Tx): Promise<void> {
    await systemClient(tx, 'an advisory lock reads and writes no rows').$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${PERIOD_LOCK}::bigint)`;
  }

  async insertSnapshot(tx: Tx, month: string, closedById: string, statements: SnapshotStatement[]): Promise<void> {
    const periodStart = new Date(`${month}T00:00:00Z`);
    await tx.commissionPeriod.create({ data: { periodStart, closedById } });
    const lines: Prisma.CommissionLineCreateManyInput[] = [];
    const rows = statements.map(({ lines: ls, ...s }) => {
      const id = newId();
      lines.push(...ls.map((l) => ({ id: newId(), statementId: id, ...l })));
      return { id, periodStart, ...s };
    });
    if (rows.length) await tx.commissionStatement.createMany({ data: rows });
    if (lines.length) await tx.commissionLine.createMany({ data: lines });
  }

  /** Deletes a month's snapshot (every user's statement of it) and its period row; false when the month was not closed. */
  async deleteSnapshot(tx: Tx, month: string): Promise<boolean> {
    const periodStart = new Date(`${month}T00:00:00Z`);
    const system = systemClient(tx, 'reopening a month deletes the frozen statements of every user, not only those the closer sees');
    await system.commissionStatement.deleteMany({ where: { periodStart } });
    const { count } = await system.commissionPeriod.deleteMany({ where: { periodStart } });
    return count > 0;
  }
}

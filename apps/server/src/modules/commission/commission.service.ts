import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { recordChange } from '../../core/changes/change.ts';
import { badInput, forbidden } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import { Decimal, formatAmount } from '../../core/money/money.ts';
import type { Money } from '../../core/money/money.type.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CurrencyService } from '../currency/currency.service.ts';
import { checkPeriodStart } from '../target/target.service.ts';
import { attributeCommission, commissionFor, tierProgress } from './commission-math.ts';
import type { CommissionPlanRepository } from './commission-plan.repository.ts';
import type { CommissionRepository, DealRow, PlanMonth, SnapshotStatement } from './commission.repository.ts';
import type { CommissionLine, CommissionPeriod, CommissionPlan, CommissionStatement } from './commission.type.ts';
import { alreadyClosed, periodNotClosed, statementNotFound } from './commission.errors.ts';

type Tx = Prisma.TransactionClient;

/** A Money value (built here, not imported, so the demo seed can run this service without type-graphql's metadata). */
const money = (amount: string, currency: string): Money => ({ amount, currency });

/** "YYYY-MM-01" → the month's last day. */
export function lastDayOf(month: string): string {
  const d = new Date(`${month}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

export function checkMonth(value: string, field = 'periodStart'): string {
  const month = checkPeriodStart('MONTH', value, field);
  if (Number.isNaN(Date.parse(`${month}T00:00:00Z`)) || Number(month.slice(5, 7)) > 12) throw badInput(field, 'must be a date (YYYY-MM-DD)');
  return month;
}

const progressOf = (plan: CommissionPlan | undefined, won: Decimal) => {
  if (!plan) return null;
  const p = tierProgress(plan.tiers, won);
  const fmt = (v: Decimal | null) => (v === null ? null : formatAmount(v));
  return { currentFrom: formatAmount(p.currentFrom), currentRatePercent: formatAmount(p.currentRate), nextFrom: fmt(p.nextFrom), nextRatePercent: fmt(p.nextRate), remaining: fmt(p.remaining) };
};

interface Computed { statement: CommissionStatement; snapshot: SnapshotStatement }

/**
 * Commission statements (issue 3 item 7): won deals of a month, converted into the plan's
 * currency in SQL, tier math in Decimal (commission-math.ts). Closing a month freezes every
 * user's statement and lines in one transaction; a closed month is read from that snapshot only.
 */
export class CommissionService {
  constructor(
    readonly repo: CommissionRepository,
    private readonly plans: CommissionPlanRepository,
    private readonly currencies: CurrencyService,
  ) {}

  /** The statements the scope may see for a month, highest commission first. */
  async statements(scope: Scope, periodStart: string): Promise<CommissionStatement[]> {
    const month = checkMonth(periodStart);
    const list = (await this.repo.period(month))
      ? await this.frozen(scope, month, null, false)
      : await this.liveTotals(scope, month);
    return list.sort((a, b) => new Decimal(b.commission.amount).comparedTo(a.commission.amount) || new Decimal(b.won.amount).comparedTo(a.won.amount));
  }

  /** One user's statement with its deals; NOT_FOUND outside the scope or without a plan. */
  async statement(scope: Scope, userIdArg: string, periodStart: string): Promise<CommissionStatement> {
    const userId = checkId(userIdArg, 'userId');
    const month = checkMonth(periodStart);
    const found = (await this.repo.period(month))
      ? (await this.frozen(scope, month, userId, true))[0]
      : (await this.liveDetailed(scope, month, userId, await this.currencies.baseCurrency()))[0]?.statement;
    if (!found) throw statementNotFound();
    return found;
  }

  async periods(from: string, to: string): Promise<CommissionPeriod[]> {
    return this.repo.periods(checkMonth(from, 'from'), checkMonth(to, 'to'));
  }

  /** Freezes every user's statement and lines of the month, in one transaction. */
  async close(viewer: Viewer, scope: Scope, periodStart: string): Promise<CommissionPeriod> {
    if (scope.kind !== 'all') throw forbidden('Only administrators close commission periods');
    const month = checkMonth(periodStart);
    const thisMonth = `${new Date().toISOString().slice(0, 7)}-01`;
    if (month > thisMonth) throw badInput('periodStart', 'the month has not started yet');
    const baseCurrency = await this.currencies.baseCurrency();
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lockPeriods(tx);
      if (await this.repo.period(month, tx)) throw alreadyClosed(month);
      const computed = await this.liveDetailed(scope, month, null, baseCurrency, tx);
      await this.repo.insertSnapshot(tx, month, viewer.id, computed.map((c) => c.snapshot));
      const total = computed.reduce((sum, c) => sum.add(c.snapshot.commission), new Decimal(0));
      await recordChange(tx, {
        actorId: viewer.id, action: 'CLOSED', entity: 'CommissionPeriod', entityId: month,
        changes: [{ field: 'statements', from: null, to: String(computed.length) }, { field: 'commission', from: null, to: formatAmount(total) }],
      });
      return (await this.repo.period(month, tx))!;
    });
  }

  /** Deletes the month's snapshot: its statements are computed live again and its deals unlock. */
  async reopen(viewer: Viewer, scope: Scope, periodStart: string): Promise<boolean> {
    const month = checkMonth(periodStart);
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lockPeriods(tx);
      const before = await this.repo.period(month, tx);
      if (!before || !(await this.repo.deleteSnapshot(tx, month))) throw periodNotClosed();
      await recordChange(tx, {
        actorId: viewer.id, action: 'REOPENED', entity: 'CommissionPeriod', entityId: month,
        changes: [{ field: 'statements', from: String(before.statementCount), to: null }],
      });
      return true;
    });
  }

  /** Totals only: won per owner summed in SQL, commission from the tiers. */
  private async liveTotals(scope: Scope, month: string): Promise<CommissionStatement[]> {
    const baseCurrency = await this.currencies.baseCurrency();
    const { plans, users } = await this.planUsers(scope, month, null);
    const out: CommissionStatement[] = [];
    for (const plan of plans) {
      const mine = users.filter((u) => u.role === plan.role);
      if (!mine.length) continue;
      const rows = new Map((await this.repo.wonByOwner(scope, this.planMonth(plan, month, baseCurrency, null))).map((r) => [r.ownerId, r]));
      for (const u of mine) {
        const row = rows.get(u.id);
        const won = new Decimal(row?.won ?? 0);
        out.push(this.shape(u.id, month, false, plan, won, commissionFor(plan.tiers, plan.mode, won), row?.dealCount ?? 0, row?.unconvertedCount ?? 0, null));
      }
    }
    return out;
  }

  /** Statements with their lines (per-deal attribution), for one user or every user of the scope. */
  private async liveDetailed(scope: Scope, month: string, userId: string | null, baseCurrency: string, tx?: Tx): Promise<Computed[]> {
    const { plans, users } = await this.planUsers(scope, month, userId, tx);
    const out: Computed[] = [];
    for (const plan of plans) {
      const mine = users.filter((u) => u.role === plan.role);
      if (!mine.length) continue;
      const deals = await this.repo.wonDeals(scope, this.planMonth(plan, month, baseCurrency, userId), tx);
      for (const u of mine) {
        const own = deals.filter((d) => d.ownerId === u.id);
        const result = attributeCommission(plan.tiers, plan.mode, own.map((d) => ({ ...d, amount: d.amount === null ? null : new Decimal(d.amount) })));
        const unconverted = own.filter((d) => d.amount === null).length;
        const lines = result.lines.map((l) => toLine(l, plan.currency));
        out.push({
          statement: this.shape(u.id, month, false, plan, result.won, result.commission, own.length, unconverted, lines),
          snapshot: {
            userId: u.id, planId: plan.id, currency: plan.currency, wonAmount: result.won, commission: result.commission, dealCount: own.length,
            lines: result.lines.map((l) => ({
              opportunityId: l.opportunityId, closedAt: l.closedAt, originalAmount: l.originalAmount, originalCurrency: l.originalCurrency.trim(),
              amount: l.amount ?? new Decimal(0), commission: l.commission,
            })),
          },
        });
      }
    }
    return out;
  }

  private async frozen(scope: Scope, month: string, userId: string | null, withLines: boolean): Promise<CommissionStatement[]> {
    const rows = await this.repo.snapshots(scope, month, userId);
    const plans = new Map((await this.plans.findByIds(scope, [...new Set(rows.flatMap((r) => (r.planId ? [r.planId] : [])))])).map((p) => [p.id, p]));
    return Promise.all(rows.map(async (r) => {
      const plan = r.planId ? plans.get(r.planId) : undefined;
      const lines = withLines
        ? (await this.repo.snapshotLines(scope, r.id)).map((l) => ({
            opportunityId: l.opportunityId, opportunityName: l.opportunityName, closedAt: l.closedAt, unconverted: l.unconverted,
            originalAmount: money(formatAmount(l.originalAmount), l.originalCurrency.trim()),
            amount: l.unconverted ? null : money(formatAmount(l.amount), r.currency.trim()),
            commission: money(formatAmount(l.commission), r.currency.trim()),
          }))
        : null;
      return {
        ...this.shape(r.userId, month, true, plan, new Decimal(r.wonAmount), new Decimal(r.commission), r.dealCount, r.unconvertedCount, lines),
        planId: r.planId, currency: r.currency.trim(),
        won: money(formatAmount(r.wonAmount), r.currency.trim()), commission: money(formatAmount(r.commission), r.currency.trim()),
      };
    }));
  }

  private async planUsers(scope: Scope, month: string, userId: string | null, tx?: Tx) {
    const plans = await this.plans.active(scope, tx);
    const users = await this.repo.statementUsers(scope, plans.map((p) => p.role), month, lastDayOf(month), userId, tx);
    return { plans, users };
  }

  private planMonth(plan: CommissionPlan, month: string, baseCurrency: string, userId: string | null): PlanMonth {
    return { role: plan.role, currency: plan.currency, baseCurrency, from: month, to: lastDayOf(month), userId };
  }

  private shape(
    userId: string, month: string, closed: boolean, plan: CommissionPlan | undefined, won: Decimal, commission: Decimal,
    dealCount: number, unconvertedCount: number, lines: CommissionLine[] | null,
  ): CommissionStatement {
    const currency = plan?.currency ?? '';
    return {
      userId, periodStart: month, closed, planId: plan?.id ?? null, planName: plan?.name ?? null, mode: plan?.mode ?? null, currency,
      won: money(formatAmount(won), currency), commission: money(formatAmount(commission), currency),
      dealCount, unconvertedCount, progress: progressOf(plan, won), lines,
    };
  }
}

function toLine(l: DealRow & { amount: Decimal | null; commission: Decimal }, currency: string): CommissionLine {
  return {
    opportunityId: l.opportunityId, opportunityName: l.opportunityName, closedAt: l.closedAt, unconverted: l.amount === null,
    originalAmount: money(formatAmount(l.originalAmount), l.originalCurrency.trim()),
    amount: l.amount === null ? null : money(formatAmount(l.amount), currency),
    commission: money(formatAmount(l.commission), currency),
  };
}

import type { Prisma } from '../../generated/prisma/client.ts';
import { badInput, conflict } from '../../core/errors/app-error.ts';
import { Decimal } from '../../core/money/money.ts';
import { closedMonthsLocked } from './closed-period.repository.ts';

/*
 * Closed periods: months whose commissions are closed, so their won deals are frozen. Deal
 * writes (opportunity module) check them and commission closing (commission module) sets
 * them; this module depends on neither, so neither depends on the other through it.
 */

type Tx = Prisma.TransactionClient;

/** The month a moment or a date falls in (UTC), as its first day "YYYY-MM-01". */
export const monthOf = (value: Date | string): string => {
  const d = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return `${d.toISOString().slice(0, 7)}-01`;
};

export const periodClosed = (month: string, field: string) =>
  conflict(`The commission period ${month.slice(0, 7)} is closed; ${field} of its deals cannot change`, { reason: 'PERIOD_CLOSED', field, periodStart: month });

/** The deal as stored (null when it is being created). */
export interface DealBefore {
  stageId: string;
  ownerId: string | null;
  amountValue: Decimal;
  currency: string;
  expectedCloseDate: string;
  closedAt: Date | null;
  deletedAt: Date | null;
}

/** The columns a write sets (Prisma update data); absent keys stay as they are. */
export interface DealWrite {
  stageId?: unknown;
  ownerId?: unknown;
  amount?: unknown;
  currency?: unknown;
  expectedCloseDate?: unknown;
  closedAt?: unknown;
  deletedAt?: unknown;
}

const LOCKED_FIELDS = ['stageId', 'amount', 'currency', 'ownerId', 'deletedAt'] as const;

function changed(before: DealBefore, write: DealWrite, field: (typeof LOCKED_FIELDS)[number]): boolean {
  const next = write[field];
  if (next === undefined) return false;
  switch (field) {
    case 'amount':
      return !new Decimal(String(next)).eq(before.amountValue);
    case 'deletedAt':
      return (next === null) !== (before.deletedAt === null);
    default:
      return String(next ?? '') !== String(before[field] ?? '');
  }
}

/**
 * The commission lock (issue 3 item 7), called inside every deal write's transaction:
 * - a deal closed (closedAt) in a closed month cannot change stage, amount, currency, owner,
 *   or be deleted or restored: CONFLICT with reason PERIOD_CLOSED naming the field;
 * - a deal cannot be created or updated with an expected close date in a closed month, nor
 *   enter WON/LOST while its expected close date lies in one: BAD_USER_INPUT
 *   `input.expectedCloseDate` ("close date in a closed period");
 * - a deal cannot enter WON/LOST at a moment inside a closed month: CONFLICT PERIOD_CLOSED (stageId).
 */
export async function assertPeriodOpen(tx: Tx, before: DealBefore | null, write: DealWrite, prefix = 'input.'): Promise<void> {
  const lockedFields = before?.closedAt ? LOCKED_FIELDS.filter((f) => changed(before, write, f)) : [];
  const newExpected = write.expectedCloseDate instanceof Date ? write.expectedCloseDate : null;
  const expectedChanged = newExpected !== null && (!before || newExpected.toISOString().slice(0, 10) !== before.expectedCloseDate);
  const closing = write.closedAt instanceof Date ? write.closedAt : null;
  const expected = newExpected ?? (before ? before.expectedCloseDate : null);
  const months = new Set<string>();
  if (lockedFields.length) months.add(monthOf(before!.closedAt!));
  if (expected && (expectedChanged || closing)) months.add(monthOf(expected));
  if (closing) months.add(monthOf(closing));
  if (!months.size) return;
  const closed = await closedMonthsLocked(tx, [...months]);
  if (!closed.size) return;
  if (lockedFields.length && closed.has(monthOf(before!.closedAt!))) {
    const field = lockedFields[0] === 'deletedAt' ? 'deletedAt' : `${prefix}${lockedFields[0]}`;
    throw periodClosed(monthOf(before!.closedAt!), field);
  }
  if (expected && (expectedChanged || closing) && closed.has(monthOf(expected))) throw badInput(`${prefix}expectedCloseDate`, 'close date in a closed period');
  if (closing && closed.has(monthOf(closing))) throw periodClosed(monthOf(closing), `${prefix}stageId`);
}

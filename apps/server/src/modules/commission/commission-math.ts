import { Decimal, toCents } from '../../core/money/money.ts';

export type CommissionModeName = 'MARGINAL' | 'WHOLE';

/** A bracket of won amount: from `fromAmount` (inclusive) up to the next tier's, at `ratePercent`. */
export interface Tier {
  fromAmount: Decimal | string;
  ratePercent: Decimal | string;
}

const sorted = (tiers: readonly Tier[]) =>
  tiers.map((t) => ({ from: new Decimal(t.fromAmount), rate: new Decimal(t.ratePercent) })).sort((a, b) => a.from.comparedTo(b.from));

/**
 * The commission on a won amount, rounded half-up to cents.
 * MARGINAL: each bracket's part of the amount earns that bracket's rate (like income tax);
 * tiers 0→3%, 100000→5%, 300000→8% on 350000 = 3000 + 10000 + 4000 = 17000.00.
 * WHOLE: the rate of the highest bracket reached applies to the whole amount (350000 × 8% = 28000.00).
 * An amount exactly at a bracket's lower bound has reached it.
 */
export function commissionFor(tiers: readonly Tier[], mode: CommissionModeName, amountArg: Decimal | string): Decimal {
  const amount = new Decimal(amountArg);
  const brackets = sorted(tiers);
  if (!brackets.length || amount.lte(0)) return new Decimal(0);
  if (mode === 'WHOLE') {
    const reached = brackets.filter((b) => amount.gte(b.from)).at(-1);
    return toCents(reached ? amount.mul(reached.rate).div(100) : new Decimal(0));
  }
  let total = new Decimal(0);
  brackets.forEach((b, i) => {
    const upper = brackets[i + 1]?.from;
    const top = upper && upper.lt(amount) ? upper : amount;
    if (top.gt(b.from)) total = total.add(top.sub(b.from).mul(b.rate).div(100));
  });
  return toCents(total);
}

/**
 * Per-deal attribution: deals in closing order, each earning commission(cumulative after) −
 * commission(cumulative before), so the lines always sum exactly to the period's total.
 * Deals without a converted amount (`amount` null) earn nothing and do not move the total.
 */
export function attributeCommission<T extends { amount: Decimal | string | null }>(
  tiers: readonly Tier[], mode: CommissionModeName, deals: readonly T[],
): { lines: (T & { commission: Decimal })[]; won: Decimal; commission: Decimal } {
  let cumulative = new Decimal(0);
  let previous = new Decimal(0);
  const lines = deals.map((deal) => {
    if (deal.amount === null) return { ...deal, commission: new Decimal(0) };
    cumulative = cumulative.add(deal.amount);
    const after = commissionFor(tiers, mode, cumulative);
    const commission = after.sub(previous);
    previous = after;
    return { ...deal, commission };
  });
  return { lines, won: cumulative, commission: previous };
}

/** Where a won amount stands in the tiers: the rate reached and the next bracket, if any. */
export function tierProgress(tiers: readonly Tier[], amountArg: Decimal | string) {
  const amount = new Decimal(amountArg);
  const brackets = sorted(tiers);
  const current = brackets.filter((b) => amount.gte(b.from)).at(-1) ?? brackets[0];
  const next = brackets.find((b) => b.from.gt(amount)) ?? null;
  return {
    currentFrom: current?.from ?? new Decimal(0),
    currentRate: current?.rate ?? new Decimal(0),
    nextFrom: next?.from ?? null,
    nextRate: next?.rate ?? null,
    remaining: next ? next.from.sub(amount) : null,
  };
}

import { Decimal, toCents } from '../../core/money/money.ts';
import { lineSubtotal, percentOf } from '../../core/money/line-amounts.ts';

/** What the totals need of a line: already parsed and validated. */
export interface LineInput {
  quantity: Decimal;
  unitPrice: Decimal;
  /** Line discount in percent. */
  discountPercent: Decimal;
  /** Tax rate in percent. */
  taxRate: Decimal;
}

export interface LineAmounts {
  /** quantity × unit price. */
  subtotal: Decimal;
  /** The line discount plus the line's share of the quote discount. */
  discountAmount: Decimal;
  /** Tax on the line's net after both discounts. */
  taxAmount: Decimal;
  /** subtotal − discountAmount + taxAmount. */
  total: Decimal;
}

export interface QuoteAmounts {
  lines: LineAmounts[];
  subtotal: Decimal;
  discountTotal: Decimal;
  taxTotal: Decimal;
  total: Decimal;
}

const ZERO = new Decimal(0);
const sum = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), ZERO);

/**
 * The amounts of a quote (and of the order it becomes), in Decimal, every step rounded
 * half-up to cents:
 *
 * 1. per line: subtotal = quantity × unit price; line discount = subtotal × line % ;
 *    net = subtotal − line discount;
 * 2. quote discount = (Σ net) × quote %, allocated to the lines in proportion to their net,
 *    each share rounded to cents; the last line with a positive net takes the rounding
 *    remainder, so the shares add up to the quote discount exactly (never a share below
 *    zero on a line that has nothing to discount);
 * 3. tax per line = (net − share) × tax rate; line total = net − share + tax;
 * 4. quote subtotal, discountTotal (line discounts + quote discount), taxTotal and total
 *    are the sums over the lines, so total = subtotal − discountTotal + taxTotal.
 *
 * Example (tested in quote-totals.test.ts): 3 × 33.33 at 10 % and 13 % tax, 1.5 × 19.99 at
 * 6 % tax, 7 × 1.00 untaxed, 5 % off the quote → 136.98 − 16.35 + 12.82 = 133.45.
 */
export function quoteAmounts(lines: readonly LineInput[], quoteDiscountPercent: Decimal): QuoteAmounts {
  const subtotals = lines.map((l) => lineSubtotal(l.quantity, l.unitPrice));
  const lineDiscounts = lines.map((l, i) => percentOf(subtotals[i]!, l.discountPercent));
  const nets = subtotals.map((s, i) => s.minus(lineDiscounts[i]!));
  const netSum = sum(nets);
  const quoteDiscount = percentOf(netSum, quoteDiscountPercent);

  const shares = nets.map(() => ZERO);
  let last = -1;
  nets.forEach((n, i) => { if (n.gt(0)) last = i; });
  if (last >= 0 && !quoteDiscount.isZero()) {
    let allocated = ZERO;
    nets.forEach((net, i) => {
      if (i === last || !net.gt(0)) return;
      shares[i] = toCents(quoteDiscount.mul(net).div(netSum));
      allocated = allocated.plus(shares[i]!);
    });
    shares[last] = quoteDiscount.minus(allocated);
  }

  const amounts = lines.map((l, i): LineAmounts => {
    const discountAmount = lineDiscounts[i]!.plus(shares[i]!);
    const taxable = subtotals[i]!.minus(discountAmount);
    const taxAmount = percentOf(taxable, l.taxRate);
    return { subtotal: subtotals[i]!, discountAmount, taxAmount, total: taxable.plus(taxAmount) };
  });
  return {
    lines: amounts,
    subtotal: sum(amounts.map((a) => a.subtotal)),
    discountTotal: sum(amounts.map((a) => a.discountAmount)),
    taxTotal: sum(amounts.map((a) => a.taxAmount)),
    total: sum(amounts.map((a) => a.total)),
  };
}

import { Decimal } from '../../../core/money/money.ts';
import { quoteAmounts, type LineInput } from '../quote-totals.ts';

const line = (quantity: string, unitPrice: string, discountPercent = '0', taxRate = '0'): LineInput => ({
  quantity: new Decimal(quantity), unitPrice: new Decimal(unitPrice), discountPercent: new Decimal(discountPercent), taxRate: new Decimal(taxRate),
});
const fixed = (d: Decimal) => d.toFixed(2);

describe('quote totals', () => {
  it('computes line discounts, the allocated quote discount and tax to the cent (worked out by hand)', () => {
    // A: 3 × 33.33 = 99.99, 10 % = 10.00 (9.999), net 89.99
    // B: 1.5 × 19.99 = 29.99 (29.985), net 29.99
    // C: 7 × 1.00 = 7.00, net 7.00            Σ net = 126.98; 5 % quote discount = 6.35 (6.349)
    // shares: A 6.35 × 89.99 / 126.98 = 4.50; B 6.35 × 29.99 / 126.98 = 1.50; C (last) 6.35 − 6.00 = 0.35
    // tax: A (89.99 − 4.50) × 13 % = 85.49 × 0.13 = 11.11; B 28.49 × 6 % = 1.71; C 0
    const q = quoteAmounts([line('3', '33.33', '10', '13'), line('1.5', '19.99', '0', '6'), line('7', '1.00')], new Decimal('5'));
    expect(q.lines.map((l) => [l.subtotal, l.discountAmount, l.taxAmount, l.total].map(fixed))).toEqual([
      ['99.99', '14.50', '11.11', '96.60'],
      ['29.99', '1.50', '1.71', '30.20'],
      ['7.00', '0.35', '0.00', '6.65'],
    ]);
    expect([q.subtotal, q.discountTotal, q.taxTotal, q.total].map(fixed)).toEqual(['136.98', '16.35', '12.82', '133.45']);
  });

  it('gives the last line the rounding remainder so the shares add up exactly', () => {
    // three lines of 1.00, 3.33 % off 3.00 = 0.10 (0.0999): 0.0333… rounds to 0.03, 0.03, and the last takes 0.04
    const q = quoteAmounts([line('1', '1'), line('1', '1'), line('1', '1')], new Decimal('3.33'));
    expect(q.lines.map((l) => fixed(l.discountAmount))).toEqual(['0.03', '0.03', '0.04']);
    expect(fixed(q.discountTotal)).toBe('0.10');
    expect(fixed(q.total)).toBe('2.90');
  });

  it('never gives a share to a line with nothing left to discount', () => {
    // the second line is fully discounted: the whole 10 % of 50.00 = 5.00 lands on the first
    const q = quoteAmounts([line('1', '50'), line('2', '10', '100')], new Decimal('10'));
    expect(q.lines.map((l) => fixed(l.discountAmount))).toEqual(['5.00', '20.00']);
    expect(q.lines.map((l) => fixed(l.total))).toEqual(['45.00', '0.00']);
    expect([q.subtotal, q.discountTotal, q.taxTotal, q.total].map(fixed)).toEqual(['70.00', '25.00', '0.00', '45.00']);
  });

  it('is zero for no lines', () => {
    const q = quoteAmounts([], new Decimal('10'));
    expect([q.subtotal, q.discountTotal, q.taxTotal, q.total].map(fixed)).toEqual(['0.00', '0.00', '0.00', '0.00']);
  });
});

import { Decimal } from '../money.ts';
import { lineNet, lineSubtotal, parsePercent, parseQuantity, percentOf } from '../line-amounts.ts';

describe('line amounts', () => {
  it('computes a line net to the cent, rounding half-up at each step', () => {
    // 3 × 33.33 = 99.99; 15% of 99.99 = 14.9985 → 15.00; net 84.99
    expect(lineSubtotal(new Decimal('3'), new Decimal('33.33')).toFixed(2)).toBe('99.99');
    expect(percentOf(new Decimal('99.99'), new Decimal('15')).toFixed(2)).toBe('15.00');
    expect(lineNet(new Decimal('3'), new Decimal('33.33'), new Decimal('15')).toFixed(2)).toBe('84.99');
    // fractional quantity: 1.5 h × 800.00 = 1200.00, no discount
    expect(lineNet(new Decimal('1.5'), new Decimal('800'), new Decimal('0')).toFixed(2)).toBe('1200.00');
  });

  it('rejects zero, negative and malformed quantities naming the field', () => {
    expect(() => parseQuantity('0', 'input.lines[0].quantity')).toThrow(/input\.lines\[0\]\.quantity|greater than zero/);
    expect(() => parseQuantity('-1', 'q')).toThrow();
    expect(() => parseQuantity('1.23456', 'q')).toThrow();
    expect(parseQuantity(' 2.5 ', 'q').toString()).toBe('2.5');
  });

  it('accepts percentages from 0 to 100 only', () => {
    expect(parsePercent('', 'd').toString()).toBe('0');
    expect(parsePercent('12.5', 'd').toString()).toBe('12.5');
    expect(() => parsePercent('100.01', 'd')).toThrow();
    expect(() => parsePercent('-5', 'd')).toThrow();
  });
});

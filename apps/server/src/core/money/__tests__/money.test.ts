import { checkCurrency, formatAmount, parseAmount, weightedAmount, Decimal } from '../money.ts';

describe('money', () => {
  it('adds decimal strings exactly (no 0.30000000000000004)', () => {
    expect(formatAmount(parseAmount('0.1', 'a').plus(parseAmount('0.2', 'b')))).toBe('0.30');
  });

  it('weights half-up to cents', () => {
    expect(formatAmount(weightedAmount('12345.67', 35))).toBe('4320.98'); // 4320.9845
    expect(formatAmount(weightedAmount('0.10', 5))).toBe('0.01'); // 0.005
    expect(formatAmount(weightedAmount('0.10', 4))).toBe('0.00'); // 0.004
    expect(formatAmount(weightedAmount('1000', 100))).toBe('1000.00');
    expect(formatAmount(weightedAmount(new Decimal('9999999999999999.99'), 50))).toBe('5000000000000000.00'); // …4999.995 → up
  });

  it('rejects what does not fit NUMERIC(18,2) or is negative, naming the field', () => {
    for (const bad of ['', '-1', '1.234', '1e5', 'abc', '12345678901234567', ' . ']) {
      expect(() => parseAmount(bad, 'input.amount')).toThrow(/input\.amount/);
    }
    expect(formatAmount(parseAmount(' 7 ', 'x'))).toBe('7.00');
  });

  it('accepts supported currencies in any case', () => {
    expect(checkCurrency(' usd', 'c')).toBe('USD');
    expect(() => checkCurrency('XYZ', 'input.currency')).toThrow(/input\.currency/);
    expect(() => checkCurrency('US', 'input.currency')).toThrow(/input\.currency/);
  });
});

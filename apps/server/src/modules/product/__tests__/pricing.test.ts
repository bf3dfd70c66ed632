import { Decimal } from '../../../core/money/money.ts';
import { volumeDiscountPercent } from '../pricing.ts';

const tiers = [
  { minQuantity: new Decimal('10'), discountPercent: new Decimal('5') },
  { minQuantity: new Decimal('100'), discountPercent: new Decimal('12.5') },
  { minQuantity: new Decimal('50'), discountPercent: new Decimal('8') },
];

describe('volume discounts', () => {
  it('applies the highest tier the quantity reaches, whatever the order of the tiers', () => {
    expect(volumeDiscountPercent(tiers, new Decimal('9.99')).toString()).toBe('0');
    expect(volumeDiscountPercent(tiers, new Decimal('10')).toString()).toBe('5');
    expect(volumeDiscountPercent(tiers, new Decimal('99')).toString()).toBe('8');
    expect(volumeDiscountPercent(tiers, new Decimal('100')).toString()).toBe('12.5');
    expect(volumeDiscountPercent([], new Decimal('1000')).toString()).toBe('0');
  });
});

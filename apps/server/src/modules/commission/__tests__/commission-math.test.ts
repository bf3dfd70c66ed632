import { attributeCommission, commissionFor, tierProgress } from '../commission-math.ts';
import { Decimal } from '../../../core/money/money.ts';

const TIERS = [
  { fromAmount: '0', ratePercent: '3' },
  { fromAmount: '100000', ratePercent: '5' },
  { fromAmount: '300000', ratePercent: '8' },
];
const c = (mode: 'MARGINAL' | 'WHOLE', amount: string) => commissionFor(TIERS, mode, amount).toFixed(2);

describe('commissionFor (hand-computed)', () => {
  it('MARGINAL: each bracket at its own rate', () => {
    expect(c('MARGINAL', '350000')).toBe('17000.00'); // 100000×3% + 200000×5% + 50000×8% = 3000 + 10000 + 4000
    expect(c('MARGINAL', '50000')).toBe('1500.00');
    expect(c('MARGINAL', '0')).toBe('0.00');
    expect(c('MARGINAL', '300000')).toBe('13000.00'); // 3000 + 10000
    expect(c('MARGINAL', '123.45')).toBe('3.70'); // 3.7035 → 3.70
    expect(c('MARGINAL', '100000.01')).toBe('3000.00'); // 3000 + 0.0005 → 3000.00
  });

  it('WHOLE: the highest bracket reached applies to everything', () => {
    expect(c('WHOLE', '350000')).toBe('28000.00');
    expect(c('WHOLE', '99999.99')).toBe('3000.00'); // 2999.9997 → 3000.00
    expect(c('WHOLE', '250000')).toBe('12500.00');
  });

  it('an amount exactly at a boundary has reached the bracket', () => {
    expect(c('MARGINAL', '100000')).toBe('3000.00');
    expect(c('WHOLE', '100000')).toBe('5000.00');
    expect(c('WHOLE', '300000')).toBe('24000.00');
  });

  it('tiers in any order, a single tier, and no tiers', () => {
    expect(commissionFor([...TIERS].reverse(), 'MARGINAL', '350000').toFixed(2)).toBe('17000.00');
    expect(commissionFor([{ fromAmount: '0', ratePercent: '2.5' }], 'MARGINAL', '1000').toFixed(2)).toBe('25.00');
    expect(commissionFor([], 'WHOLE', '1000').toFixed(2)).toBe('0.00');
  });
});

describe('attributeCommission: per-deal lines sum exactly to the total', () => {
  it('attributes the marginal total across deals in closing order', () => {
    const deals = [{ id: 'a', amount: new Decimal('80000') }, { id: 'b', amount: new Decimal('150000') }, { id: 'c', amount: null }, { id: 'd', amount: new Decimal('120000') }];
    const r = attributeCommission(TIERS, 'MARGINAL', deals);
    // cumulative 80000 → 2400; 230000 → 3000 + 6500 = 9500; 350000 → 17000
    expect(r.lines.map((l) => l.commission.toFixed(2))).toEqual(['2400.00', '7100.00', '0.00', '7500.00']);
    expect(r.won.toFixed(2)).toBe('350000.00');
    expect(r.commission.toFixed(2)).toBe('17000.00');
    expect(r.lines.reduce((s, l) => s.add(l.commission), new Decimal(0)).toFixed(2)).toBe('17000.00');
  });

  it('WHOLE: crossing a bracket lifts earlier deals’ share onto the deal that crossed', () => {
    const r = attributeCommission(TIERS, 'WHOLE', [{ amount: new Decimal('90000') }, { amount: new Decimal('20000') }]);
    // 90000 × 3% = 2700; 110000 × 5% = 5500 → second line 2800
    expect(r.lines.map((l) => l.commission.toFixed(2))).toEqual(['2700.00', '2800.00']);
    expect(r.commission.toFixed(2)).toBe('5500.00');
  });

  it('rounding never leaks: lines of odd cents still sum to the rounded total', () => {
    const amounts = ['33333.33', '33333.33', '33333.34', '0.01', '0.01'];
    const r = attributeCommission([{ fromAmount: '0', ratePercent: '3.33' }], 'MARGINAL', amounts.map((a) => ({ amount: new Decimal(a) })));
    expect(r.lines.reduce((s, l) => s.add(l.commission), new Decimal(0)).toFixed(2)).toBe(r.commission.toFixed(2));
    expect(r.commission.toFixed(2)).toBe('3330.00'); // 100000.02 × 3.33% = 3330.000666 → 3330.00
  });
});

describe('tierProgress', () => {
  it('names the bracket reached and how far the next one is', () => {
    const p = tierProgress(TIERS, '250000');
    expect([p.currentFrom.toFixed(2), p.currentRate.toFixed(2), p.nextFrom?.toFixed(2), p.remaining?.toFixed(2)]).toEqual(['100000.00', '5.00', '300000.00', '50000.00']);
    const top = tierProgress(TIERS, '300000');
    expect([top.currentRate.toFixed(2), top.nextFrom, top.remaining]).toEqual(['8.00', null, null]);
  });
});

import { addDays, contractStatus } from '../contract-status.ts';

describe('contract status derivation', () => {
  const active = { state: 'ACTIVE', endDate: '2026-03-31', renewalNoticeDays: 30 };

  it('is ACTIVE until endDate − renewalNoticeDays, EXPIRING from it through the end date, EXPIRED the day after', () => {
    expect(addDays('2026-03-31', -30)).toBe('2026-03-01');
    expect(contractStatus(active, '2026-02-28')).toBe('ACTIVE'); // endDate − 31
    expect(contractStatus(active, '2026-03-01')).toBe('EXPIRING'); // endDate − 30 exactly
    expect(contractStatus(active, '2026-03-31')).toBe('EXPIRING'); // the end date itself
    expect(contractStatus(active, '2026-04-01')).toBe('EXPIRED'); // endDate + 1
  });

  it('with no notice period an ACTIVE contract is EXPIRING on its last day only', () => {
    const c = { ...active, renewalNoticeDays: 0 };
    expect(contractStatus(c, '2026-03-30')).toBe('ACTIVE');
    expect(contractStatus(c, '2026-03-31')).toBe('EXPIRING');
    expect(contractStatus(c, '2026-04-01')).toBe('EXPIRED');
  });

  it('counts across a leap day and a year end', () => {
    expect(contractStatus({ state: 'ACTIVE', endDate: '2028-03-01', renewalNoticeDays: 1 }, '2028-02-29')).toBe('EXPIRING');
    expect(contractStatus({ state: 'ACTIVE', endDate: '2028-03-01', renewalNoticeDays: 1 }, '2028-02-28')).toBe('ACTIVE');
    expect(contractStatus({ state: 'ACTIVE', endDate: '2027-01-10', renewalNoticeDays: 10 }, '2026-12-31')).toBe('EXPIRING');
  });

  it('stored states other than ACTIVE are the status, whatever the dates', () => {
    for (const state of ['DRAFT', 'RENEWED', 'TERMINATED']) expect(contractStatus({ ...active, state }, '2030-01-01')).toBe(state);
  });
});

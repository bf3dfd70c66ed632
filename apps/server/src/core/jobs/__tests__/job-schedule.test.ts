import { nextOccurrence, parseCron } from '../job-schedule.ts';

const at = (iso: string) => new Date(iso);
const next = (cron: string, after: string) => nextOccurrence({ cron }, at(after)).toISOString();

describe('schedules', () => {
  it('every N minutes counts from the end of the previous run', () => {
    expect(nextOccurrence({ everyMinutes: 15 }, at('2030-01-01T00:07:30Z')).toISOString()).toBe('2030-01-01T00:22:30.000Z');
    expect(() => nextOccurrence({ everyMinutes: 0 }, at('2030-01-01T00:00:00Z'))).toThrow('everyMinutes');
  });

  it('cron: the next matching minute strictly after, in UTC', () => {
    expect(next('17 * * * *', '2030-01-01T10:17:00Z')).toBe('2030-01-01T11:17:00.000Z');
    expect(next('17 * * * *', '2030-01-01T10:16:59Z')).toBe('2030-01-01T10:17:00.000Z');
    expect(next('*/15 * * * *', '2030-01-01T10:59:00Z')).toBe('2030-01-01T11:00:00.000Z');
    expect(next('0 3 * * *', '2030-01-31T03:00:00Z')).toBe('2030-02-01T03:00:00.000Z');
    expect(next('30 9 * * 1-5', '2030-01-04T10:00:00Z')).toBe('2030-01-07T09:30:00.000Z'); // Friday → Monday
    expect(next('0 0 29 2 *', '2030-03-01T00:00:00Z')).toBe('2032-02-29T00:00:00.000Z'); // the next leap day
    expect(next('0 12 1 * 0', '2030-01-02T00:00:00Z')).toBe('2030-01-06T12:00:00.000Z'); // day of month OR Sunday
    expect(next('0 0 * * 7', '2030-01-01T00:00:00Z')).toBe('2030-01-06T00:00:00.000Z'); // 7 is Sunday too
  });

  it('cron: a bad expression fails naming the field', () => {
    expect(() => parseCron('* * *')).toThrow('five fields');
    expect(() => parseCron('60 * * * *')).toThrow('bad minute "60"');
    expect(() => parseCron('* * * 0 *')).toThrow('bad month "0"');
    expect(() => parseCron('*/0 * * * *')).toThrow('bad minute');
    expect(() => parseCron('0 0 31 2 *').next(at('2030-01-01T00:00:00Z'))).toThrow('no occurrence');
  });
});

import dayjs from 'dayjs';
import { isOneOf } from '../../lib/enums.ts';

export const PERIOD_PRESETS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** Dashboard filters, kept in the URL so a view can be shared and back/forward work. */
export interface DashboardSearch {
  period?: PeriodPreset;
  /** Custom period only (YYYY-MM-DD). */
  from?: string;
  to?: string;
  owner?: string;
  department?: string;
  territory?: string;
  currency?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const date = (value: unknown) => (typeof value === 'string' && DATE.test(value) ? value : undefined);

export function validateDashboardSearch(raw: Record<string, unknown>): DashboardSearch {
  const currency = str(raw.currency)?.toUpperCase();
  return {
    period: isOneOf(PERIOD_PRESETS, raw.period) ? raw.period : undefined,
    from: date(raw.from),
    to: date(raw.to),
    owner: str(raw.owner),
    department: str(raw.department),
    territory: str(raw.territory),
    currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : undefined,
  };
}

const ymd = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

/** The period a preset covers today, in the browser's calendar; custom falls back to this quarter until both ends are set. */
export function periodOf(search: DashboardSearch, today = dayjs()): { from: string; to: string } {
  const preset = search.period ?? 'quarter';
  if (preset === 'custom' && search.from && search.to) return { from: search.from, to: search.to };
  if (preset === 'month') return { from: ymd(today.startOf('month')), to: ymd(today.endOf('month')) };
  if (preset === 'year') return { from: ymd(today.startOf('year')), to: ymd(today.endOf('year')) };
  const start = today.startOf('month').month(Math.floor(today.month() / 3) * 3);
  return { from: ymd(start), to: ymd(start.add(2, 'month').endOf('month')) };
}

/** The GraphQL filter for a search. */
export function toDashboardFilter(search: DashboardSearch) {
  return {
    ...periodOf(search),
    ownerId: search.owner,
    departmentId: search.department,
    territoryId: search.territory,
    currency: search.currency,
  };
}

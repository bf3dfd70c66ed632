/** Months travel as "YYYY-MM" in the URL and as their first day "YYYY-MM-01" to the API. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const currentMonth = (now = new Date()) => now.toISOString().slice(0, 7);

export const firstDay = (month: string) => `${month}-01`;

/** "2026-03" shifted by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** "2026-03" → "2026年3月" / "Mar 2026". */
export const monthLabel = (month: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

export interface CommissionSearch {
  month?: string;
  user?: string;
}

export function validateCommissionSearch(search: Record<string, unknown>): CommissionSearch {
  const month = typeof search.month === 'string' && MONTH.test(search.month) ? search.month : undefined;
  const user = typeof search.user === 'string' && search.user ? search.user : undefined;
  return { month, user };
}

/** How far a won amount is from the current bracket's start to the next bracket's, 0–100. */
export function progressPercent(won: string, from: string, next: string | null): number {
  if (next === null) return 100;
  const span = Number(next) - Number(from);
  return span > 0 ? Math.max(0, Math.min(100, ((Number(won) - Number(from)) / span) * 100)) : 0;
}

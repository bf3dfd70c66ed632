/**
 * "3 days, 4 hours", "3天4小时": the two largest units of a duration, worded by Intl in the UI
 * language (Intl.NumberFormat's unit style, joined with Intl.ListFormat).
 */
export function humanDuration(seconds: number, locale: string, lessThanMinute: string): string {
  if (seconds < 60) return lessThanMinute;
  const total = Math.floor(seconds);
  const counts: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', Math.floor(total / 86_400)],
    ['hour', Math.floor((total % 86_400) / 3_600)],
    ['minute', Math.floor((total % 3_600) / 60)],
  ];
  const first = counts.findIndex(([, n]) => n > 0);
  const parts = counts
    .slice(first, first + 2)
    .filter(([, n]) => n > 0)
    .map(([unit, n]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts);
}

/** Seconds from an ISO instant until now. */
export const secondsSince = (iso: string, now = Date.now()) => Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));

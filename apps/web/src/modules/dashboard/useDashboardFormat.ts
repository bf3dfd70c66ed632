import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

/** Money, counts and rates for charts, per the UI language (Intl); amounts arrive as decimal strings. */
export function useDashboardFormat(currency: string) {
  const { i18n } = useTranslation();
  const base = useFormat();
  return useMemo(() => {
    const compact = new Intl.NumberFormat(i18n.language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
    const days = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const monthName = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    return {
      money: (amount: string | number) => base.money(String(amount), currency),
      compactMoney: (amount: number) => compact.format(amount),
      number: base.number,
      percent: (rate: number) => percent.format(rate),
      days: (value: number) => days.format(value),
      /** "2026-03" → "Mar 2026" / "2026年3月" */
      month: (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`)),
    };
  }, [base, currency, i18n.language]);
}

export type DashboardFormat = ReturnType<typeof useDashboardFormat>;

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const EMPTY = '—';

const formats = new Map<string, Format>();

/**
 * Formatting of dates, numbers and money with Intl, in the UI language. The Intl formatters are
 * built once per language (and currency) and shared: building one costs a fraction of a
 * millisecond, and a list would otherwise build a set per row.
 */
export function createFormat(locale: string): Format {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = buildFormat(locale)));
  return format;
}

function buildFormat(locale: string) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const parse = (value: string | Date) => (value instanceof Date ? value : new Date(value));
  const currencies = new Map<string, Intl.NumberFormat>();
  const currencyFormat = (currency: string) => {
    let format = currencies.get(currency);
    if (!format) currencies.set(currency, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
    return format;
  };

  return {
    date: (value: string | Date | null | undefined) => (value ? date.format(parse(value)) : EMPTY),
    dateTime: (value: string | Date | null | undefined) => (value ? dateTime.format(parse(value)) : EMPTY),
    number: (value: number | null | undefined) => (value == null ? EMPTY : number.format(value)),
    /** Money travels as a decimal string with a currency code (§6); Intl formats the string exactly. */
    money: (amount: string | null | undefined, currency: string) =>
      amount == null
        ? EMPTY
        : currencyFormat(currency).format(amount as Intl.StringNumericLiteral),
    /** "3 days ago", "昨天" */
    relative: (value: string | Date | null | undefined, now = Date.now()) => {
      if (!value) return EMPTY;
      const seconds = Math.round((parse(value).getTime() - now) / 1000);
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60],
      ];
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
      }
      return relative.format(seconds, 'second');
    },
  };
}

export type Format = ReturnType<typeof buildFormat>;

export function useFormat(): Format {
  const { i18n } = useTranslation();
  return useMemo(() => createFormat(i18n.language), [i18n.language]);
}

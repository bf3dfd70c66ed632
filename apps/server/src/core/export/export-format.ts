import type { Cell, ColumnFormat, ExportColumn, ExportLocale, Text } from './export.types.ts';

const YES_NO: Readonly<Record<'yes' | 'no', Text>> = {
  yes: { 'zh-CN': '是', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
};

const EMPTY: Cell = { text: '', value: null };

/** The value at a dotted path of a GraphQL answer row (`owner.name`); undefined when a step is missing. */
export function valueAt(row: unknown, path: string): unknown {
  let value = row;
  for (const step of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** ISO 8601 in UTC to the second: `2026-12-03T18:17:46Z`. */
function isoSeconds(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A currency code safe inside an Excel number format ("CNY"). */
const formatCurrency = (currency: string) => `#,##0.00 "${currency.replace(/[^A-Za-z]/g, '')}"`;

/** One cell as people read it: enum labels and yes/no in the viewer's language, ISO dates, money with its currency. */
export function formatCell(value: unknown, format: ColumnFormat | undefined, locale: ExportLocale): Cell {
  if (value === null || value === undefined) return EMPTY;
  switch (format?.kind ?? 'text') {
    case 'enum': {
      const label = (format as { labels: Readonly<Record<string, Text>> }).labels[String(value)]?.[locale] ?? String(value);
      return { text: label, value: label };
    }
    case 'list': {
      const text = Array.isArray(value) ? value.map(String).join('; ') : String(value);
      return { text, value: text };
    }
    case 'datetime': {
      const text = isoSeconds(String(value));
      const date = new Date(text);
      return { text, value: Number.isNaN(date.getTime()) ? text : date, numFmt: 'yyyy-mm-dd hh:mm:ss' };
    }
    case 'money': {
      const { amount, currency } = value as { amount: string; currency: string };
      const number = Number(amount);
      return { text: `${amount} ${currency}`, value: Number.isFinite(number) ? number : amount, numFmt: formatCurrency(currency) };
    }
    case 'number': {
      const number = Number(value);
      return { text: String(value), value: Number.isFinite(number) ? number : String(value) };
    }
    case 'boolean': {
      const text = YES_NO[value ? 'yes' : 'no'][locale];
      return { text, value: text };
    }
    default: {
      const text = String(value);
      return { text, value: text };
    }
  }
}

/** A row of the list's answer as the export's cells, in column order. */
export function formatRow(row: unknown, columns: readonly ExportColumn[], locale: ExportLocale): Cell[] {
  return columns.map((c) => formatCell(valueAt(row, c.path), c.format, locale));
}

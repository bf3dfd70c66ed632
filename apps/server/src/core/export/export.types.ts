import type { Permission } from '../auth/permissions.ts';

/** The languages column headers and labels come in (the web app's two). */
export type ExportLocale = 'zh-CN' | 'en';
export const EXPORT_LOCALES: readonly ExportLocale[] = ['zh-CN', 'en'];

export type Text = Readonly<Record<ExportLocale, string>>;

export type ExportFormat = 'csv' | 'xlsx';

/**
 * How a value from the list's GraphQL answer is shown to people:
 * - text: as is; list: array items joined with "; "
 * - enum: the value's label (labels keyed by value)
 * - date: a LocalDate (YYYY-MM-DD) as is; datetime: ISO 8601 in UTC, to the second
 * - money: `{ amount, currency }` as "1234.50 CNY" (XLSX: the number, formatted with its currency)
 * - number: a number; boolean: yes/no in the viewer's language
 */
export type ColumnFormat =
  | { kind: 'text' | 'list' | 'date' | 'datetime' | 'money' | 'number' | 'boolean' }
  | { kind: 'enum'; labels: Readonly<Record<string, Text>> };

export interface ExportColumn {
  /** Dotted path into a row of the list's GraphQL answer: `name`, `owner.name`, `total` (money). */
  path: string;
  header: Text;
  format?: ColumnFormat;
}

/**
 * One exportable list (a list screen): which GraphQL list field its rows come from, so
 * visibility, partner scoping, filters, ordering and field rules are the list's own, and
 * the columns a file holds. Adding a list is one `<entity>.export.ts` file and its line in
 * export-registry.ts.
 */
export interface ListExport {
  /** The URL segment, `/export/<name>`, and the audit entry's entity. */
  name: string;
  /** The Query field of the list (`customers`): its arguments are the filter JSON's keys. */
  field: string;
  /** Needed on top of the list field's own rule (its `:read`). */
  permission: Permission;
  /** The file name's stem, per language. */
  title: Text;
  columns: readonly ExportColumn[];
}

/** A formatted cell: text for CSV, a typed value for XLSX. */
export type CellValue = string | number | Date | null;
export interface Cell {
  text: string;
  value: CellValue;
  numFmt?: string;
}

/** A header or label in both languages. */
export const text = (zh: string, en: string): Text => ({ 'zh-CN': zh, en });

/** Enum labels from `{ VALUE: [zh, en] }`. */
export function enumLabels(labels: Readonly<Record<string, readonly [string, string]>>): ColumnFormat {
  return { kind: 'enum', labels: Object.fromEntries(Object.entries(labels).map(([value, [zh, en]]) => [value, text(zh, en)])) };
}

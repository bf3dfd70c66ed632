import Papa from 'papaparse';
import { badInput, type FieldError } from '../../core/errors/app-error.ts';
import { LeadSource } from '../../generated/prisma/enums.ts';

export const CSV_COLUMNS = ['name', 'company', 'title', 'email', 'phone', 'source', 'description'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type LeadCsvRow = { row: number } & Record<CsvColumn, string | null> & { source: LeadSource };

const LIMITS: Record<Exclude<CsvColumn, 'source'>, number> = { name: 200, company: 200, title: 100, email: 200, phone: 40, description: 2000 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SOURCES = Object.values(LeadSource) as string[];

/** RFC 4180 CSV (papaparse): quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF; a BOM is ignored. */
export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) throw badInput('csv', `has a quoted field that never ends (row ${(broken.row ?? 0) + 1})`);
  return parsed.data;
}

/**
 * Parses and checks a whole lead CSV; throws one BAD_USER_INPUT listing every bad cell as
 * `rows[N].field` (N = 1 for the first row after the header), so nothing is stored when any row is bad.
 */
export function readLeadCsv(text: string, maxRows: number): LeadCsvRow[] {
  const table = parseCsv(text);
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  if (!header.includes('name')) throw badInput('csv', `needs a header row with the columns ${CSV_COLUMNS.join(',')} (name is required)`);
  const unknown = header.find((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined) throw badInput('csv', `has an unknown column "${unknown}"; expected ${CSV_COLUMNS.join(',')}`);
  const body = table.slice(1);
  const dataRows = body.map((cells, i) => ({ cells, row: i + 1 })).filter(({ cells }) => cells.some((c) => c.trim()));
  if (dataRows.length === 0) throw badInput('csv', 'has no rows after the header');
  if (dataRows.length > maxRows) throw badInput('csv', `has ${dataRows.length} rows; at most ${maxRows} per import`);
  const errors: FieldError[] = [];
  const rows = dataRows.map(({ cells, row }) => {
    const at = (field: string) => `rows[${row}].${field}`;
    if (cells.length > header.length) errors.push({ field: `rows[${row}]`, message: 'has more cells than the header' });
    const value = (column: CsvColumn) => {
      const index = header.indexOf(column);
      return index >= 0 ? cells[index]?.trim() || null : null;
    };
    const out = { row } as LeadCsvRow;
    for (const column of CSV_COLUMNS) {
      const v = value(column);
      if (column === 'source') continue;
      if (v && v.length > LIMITS[column]) errors.push({ field: at(column), message: `must be at most ${LIMITS[column]} characters` });
      out[column] = v;
    }
    if (!out.name) errors.push({ field: at('name'), message: 'is required' });
    if (out.email) {
      out.email = out.email.toLowerCase();
      if (!EMAIL.test(out.email)) errors.push({ field: at('email'), message: 'must be an email address' });
    }
    const source = value('source')?.toUpperCase().replace(/[\s-]+/g, '_');
    if (source && !SOURCES.includes(source)) errors.push({ field: at('source'), message: `must be one of ${SOURCES.join(', ')}` });
    out.source = (source && SOURCES.includes(source) ? source : LeadSource.IMPORT) as LeadSource;
    return out;
  });
  if (errors.length) throw badInput(errors.slice(0, 500));
  return rows;
}

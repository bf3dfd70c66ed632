import Papa from 'papaparse';

/** The columns the server's lead import reads, in the template's order. */
export const LEAD_CSV_COLUMNS = ['name', 'company', 'title', 'email', 'phone', 'source', 'description'] as const;

export const LEAD_CSV_TEMPLATE = `${LEAD_CSV_COLUMNS.join(',')}\n张伟,北京星河科技有限公司,采购经理,zhangwei@xinghe.example,13800138000,EVENT,展会上留下的名片\nJane Doe,Blue Harbor Ltd,CTO,jane@blueharbor.example,+1 415-555-0100,WEB_FORM,\n`;

/** RFC 4180 CSV for the preview (papaparse; the server parses with it too and decides): quotes, "" escapes, CRLF/LF, BOM. */
export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
}

export interface PreviewRow {
  /** 1 = the first row after the header, as the server numbers rows in its errors. */
  row: number;
  cells: Record<string, string>;
}

/** Header (lower-cased) and the non-blank data rows with their numbers. */
export function previewCsv(text: string): { header: string[]; rows: PreviewRow[] } {
  const table = parseCsv(text);
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const rows = table
    .slice(1)
    .map((cells, i) => ({ row: i + 1, cells: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])) }))
    .filter((r) => Object.values(r.cells).some((v) => v.trim()));
  return { header, rows };
}

/** Server field errors `rows[3].email` → { 3: { email: message } }; other fields (e.g. `csv`) under row 0. */
export function errorsByRow(fields: Record<string, string>): Map<number, Record<string, string>> {
  const result = new Map<number, Record<string, string>>();
  for (const [field, message] of Object.entries(fields)) {
    const m = /^rows\[(\d+)\](?:\.(\w+))?$/.exec(field);
    const row = m ? Number(m[1]) : 0;
    const key = m ? (m[2] ?? '*') : field;
    result.set(row, { ...(result.get(row) ?? {}), [key]: message });
  }
  return result;
}

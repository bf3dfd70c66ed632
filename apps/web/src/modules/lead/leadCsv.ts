/** The columns the server's lead import reads, in the template's order. */
export const LEAD_CSV_COLUMNS = ['name', 'company', 'title', 'email', 'phone', 'source', 'description'] as const;

export const LEAD_CSV_TEMPLATE = `${LEAD_CSV_COLUMNS.join(',')}\n张伟,北京星河科技有限公司,采购经理,zhangwei@xinghe.example,13800138000,EVENT,展会上留下的名片\nJane Doe,Blue Harbor Ltd,CTO,jane@blueharbor.example,+1 415-555-0100,WEB_FORM,\n`;

/** RFC 4180 CSV for the preview (the server parses the same way and decides): quotes, "" escapes, CRLF/LF, BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length) endRow();
  return rows;
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

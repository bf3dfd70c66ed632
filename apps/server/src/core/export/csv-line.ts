/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @, and tab / CR that some apps treat alike. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that would start a formula with `'`, so a spreadsheet shows it as text. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a quote, comma, CR or LF (quotes doubled). */
export function csvField(text: string): string {
  const guarded = guardFormula(text);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One CRLF-terminated RFC 4180 record. */
export function csvLine(texts: readonly string[]): string {
  return `${texts.map(csvField).join(',')}\r\n`;
}

/** The UTF-8 byte order mark Excel needs to read a CSV as UTF-8 (Chinese text). */
export const UTF8_BOM = '\uFEFF';

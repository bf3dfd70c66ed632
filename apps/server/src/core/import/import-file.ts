import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { badInput } from '../errors/app-error.ts';
import { decodeText } from './decode-text.ts';

/** The largest file accepted (decoded bytes): 50k customer rows of ordinary width take about 10 MB. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
/** The most data rows one import takes. */
export const MAX_IMPORT_ROWS = 100_000;

/** A file read as a table: its header row and its data rows (cells as trimmed text). */
export interface ImportTable {
  columns: string[];
  /** Data rows with their row number in the file as a spreadsheet shows it (the header is row 1). */
  rows: { row: number; cells: string[] }[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The file as sent through the API: base64 bytes. */
export function decodeBase64File(base64: string): Uint8Array {
  if (base64.length > Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4) throw badInput('file', `must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(base64)) throw badInput('file', 'must be the file\'s bytes in base64');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** Reads a CSV (UTF-8 or GB18030) or XLSX file (its first worksheet). */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ImportTable> {
  const isXlsx = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (!isXlsx && /\.xlsx?$/i.test(fileName)) throw badInput('file', 'is not an XLSX workbook (old .xls files: save as .xlsx or CSV)');
  const table = isXlsx ? await readXlsx(bytes) : readCsv(bytes);
  const [header, ...body] = table;
  const columns = (header ?? []).map((c) => c.trim());
  if (columns.length === 0 || columns.every((c) => !c)) throw badInput('file', 'needs a header row naming its columns');
  const blank = columns.findIndex((c) => !c);
  if (blank >= 0 && body.some((cells) => cells[blank]?.trim())) throw badInput('file', `column ${blank + 1} has no name in the header row`);
  const repeated = columns.find((c, i) => c && columns.indexOf(c) !== i);
  if (repeated) throw badInput('file', `has the column "${repeated}" twice`);
  const rows = body
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.trim()) }))
    .filter(({ cells }) => cells.some(Boolean));
  if (rows.length === 0) throw badInput('file', 'has no rows after the header');
  if (rows.length > MAX_IMPORT_ROWS) throw badInput('file', `has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} per import`);
  return { columns, rows };
}

function readCsv(bytes: Uint8Array): string[][] {
  const { text } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw badInput('file', `row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  return parsed.data;
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw badInput('file', 'is not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput('file', 'has no worksheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** A cell's value as the text a user typed or sees (dates as ISO, formulas as their result). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value);
}

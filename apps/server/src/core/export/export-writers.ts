import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvLine, UTF8_BOM } from './csv-line.ts';
import type { Cell } from './export.types.ts';

/** Where an export's rows go: the header once, then pages of rows, then the end. */
export interface RowWriter {
  header(texts: readonly string[]): Promise<void>;
  /** Resolves once the response has room again (back-pressure): a slow client slows the reads. */
  rows(rows: readonly Cell[][]): Promise<void>;
  end(): Promise<void>;
}

/** The client went away (closed the tab, cancelled): stop reading pages. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection');
  }
}

/** Waits until `out` has drained its buffer, or fails when it closes first. */
export async function drained(out: Writable): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new ClientGone();
  if (!out.writableNeedDrain) return;
  // both waits end together: no listener outlives this call
  const done = new AbortController();
  try {
    const closed = once(out, 'close', { signal: done.signal }).then(() => {
      throw new ClientGone();
    });
    await Promise.race([once(out, 'drain', { signal: done.signal }), closed]);
  } finally {
    done.abort();
  }
}

/** CSV: UTF-8 with a BOM, RFC 4180 records, formula-like cells guarded; one write per page. */
export function csvWriter(out: Writable): RowWriter {
  return {
    async header(texts) {
      out.write(UTF8_BOM + csvLine(texts));
      await drained(out);
    },
    async rows(rows) {
      out.write(rows.map((cells) => csvLine(cells.map((c) => c.text))).join(''));
      await drained(out);
    },
    async end() {
      await new Promise<void>((resolve) => out.end(resolve));
    },
  };
}

/** XLSX through exceljs's streaming writer: each row is committed (flushed to the zip) as it is added. */
export function xlsxWriter(out: Writable, sheetName: string): RowWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  return {
    async header(texts) {
      sheet.columns = texts.map((header) => ({ header, width: Math.min(40, Math.max(12, header.length * 2 + 4)) }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      await drained(out);
    },
    async rows(rows) {
      for (const cells of rows) {
        const row = sheet.addRow(cells.map((c) => c.value));
        cells.forEach((c, i) => {
          if (c.numFmt && c.value !== null && typeof c.value !== 'string') row.getCell(i + 1).numFmt = c.numFmt;
        });
        row.commit();
      }
      await drained(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

import type { TestServer } from '../../../test-support/test-server.ts';

/** The import API as the web app calls it (for the import tests). */
export const IMPORT = `mutation($entity: ImportEntity!, $file: String!, $fileName: String!, $mapping: [ColumnMappingInput!]!, $matchKey: ImportMatchKey, $mode: ImportMode!, $dryRun: Boolean!, $skipErrorRows: Boolean!) {
  importRecords(entity: $entity, file: $file, fileName: $fileName, mapping: $mapping, matchKey: $matchKey, mode: $mode, dryRun: $dryRun, skipErrorRows: $skipErrorRows) {
    batchId stored rowCount created updated unchanged skipped errorCount errors { row field message } duplicates { row sameAsRow recordId }
  }
}`;
export const PREVIEW = `query($entity: ImportEntity!, $file: String!, $fileName: String!) {
  previewImport(entity: $entity, file: $file, fileName: $fileName) { columns mapping { column field } rows rowCount fields { key required } matchKeys }
}`;
export const UNDO = 'mutation($id: ID!) { undoImport(batchId: $id) { id undoneAt created updated } }';

export interface ImportOptions {
  fileName?: string;
  mapping?: Record<string, string>;
  matchKey?: 'EXTERNAL_ID' | 'EMAIL' | 'NAME_PHONE' | null;
  mode?: 'INSERT_ONLY' | 'UPSERT';
  dryRun?: boolean;
  skipErrorRows?: boolean;
  entity?: string;
}

export interface ImportAnswer {
  batchId: string | null;
  stored: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errorCount: number;
  errors: { row: number; field: string; message: string }[];
  duplicates: { row: number; sameAsRow: number | null; recordId: string | null }[];
}

export const base64 = (file: string | Uint8Array) => Buffer.from(typeof file === 'string' ? new TextEncoder().encode(file) : file).toString('base64');

/** Imports a file; the mapping defaults to the one the preview suggests. */
export async function importFile(server: TestServer, token: string, file: string | Uint8Array, o: ImportOptions = {}) {
  const entity = o.entity ?? 'CUSTOMER';
  const fileName = o.fileName ?? 'customers.csv';
  let mapping = o.mapping;
  if (!mapping) {
    const preview = await server.gql(PREVIEW, { entity, file: base64(file), fileName }, token);
    if (preview.errors) return preview;
    mapping = Object.fromEntries(preview.data!.previewImport.mapping.map((m: { column: string; field: string }) => [m.column, m.field]));
  }
  return server.gql<{ importRecords: ImportAnswer }>(IMPORT, {
    entity, file: base64(file), fileName,
    mapping: Object.entries(mapping).map(([column, field]) => ({ column, field })),
    matchKey: o.matchKey ?? null, mode: o.mode ?? 'INSERT_ONLY', dryRun: o.dryRun ?? false, skipErrorRows: o.skipErrorRows ?? false,
  }, token);
}

import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { viewerCan } from '../../core/auth/permissions.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { newId } from '../../core/ids.ts';
import { decodeBase64File, readImportFile, type ImportTable } from '../../core/import/import-file.ts';
import { checkMapping, readRows, suggestMapping, type ColumnMapping } from '../../core/import/import-mapping.ts';
import type { ImportDefinition } from '../../core/import/import.types.ts';
import { IMPORT_DEFINITIONS } from './import-registry.ts';
import { importForbidden } from './import.errors.ts';
import type { ImportBatchesArgs, ImportEntity, ImportRecordsArgs, PreviewImportArgs } from './import.inputs.ts';
import { ImportMode } from './import.inputs.ts';
import type { ImportRepository } from './import.repository.ts';
import type { ImportBatch, ImportPreview, ImportResult } from './import.type.ts';
import { inFileDuplicates, storeRows, type RunOutcome } from './import-run.ts';

const LISTED = 1000;

/** Thrown inside the transaction to roll it back (dry runs, bad rows) while keeping the outcome. */
class RolledBack extends Error {
  constructor(readonly outcome: RunOutcome) {
    super('import rolled back');
  }
}

/**
 * Import of customers, contacts, leads and products from CSV or XLSX (issue 9 item 5):
 * preview with a suggested mapping, then one transaction per file that either stores every
 * row or, when any row is bad (unless the caller skips bad rows), nothing. A dry run is the
 * same transaction rolled back, so it reports exactly what the import would do.
 */
export class ImportService {
  constructor(private readonly repo: ImportRepository) {}

  async preview(viewer: Viewer, scope: Scope, args: PreviewImportArgs): Promise<ImportPreview> {
    const def = this.definition(viewer, scope, args.entity);
    const table = await this.read(args);
    const saved = await this.repo.savedMapping(scope, viewer.id, def.entity);
    const mapping = suggestMapping(def, table.columns, saved);
    return {
      columns: table.columns,
      mapping: Object.entries(mapping).map(([column, field]) => ({ column, field })),
      rows: table.rows.slice(0, 20).map((r) => table.columns.map((_, i) => r.cells[i] ?? '')),
      rowCount: table.rows.length,
      fields: def.fields.map((f) => ({ key: f.key, required: !!f.required })),
      matchKeys: [...def.matchKeys] as ImportPreview['matchKeys'],
    };
  }

  async run(viewer: Viewer, scope: Scope, args: ImportRecordsArgs): Promise<ImportResult> {
    const def = this.definition(viewer, scope, args.entity);
    const table = await this.read(args);
    const mapping: ColumnMapping = Object.fromEntries(args.mapping.map((m) => [m.column, m.field]));
    const upsert = args.mode === ImportMode.UPSERT;
    if (upsert && !args.matchKey) throw badInput('matchKey', 'is required to update existing records');
    const matchKey = args.matchKey ?? null;
    checkMapping(def, table.columns, mapping, matchKey);
    const read = readRows(def, table, mapping);
    const dupes = inFileDuplicates(read.rows, matchKey);
    const bad = new Set([...read.errors, ...dupes.errors].map((e) => e.row));
    const good = read.rows.filter((r) => !bad.has(r.row));
    const batchId = args.dryRun ? null : newId();
    let stored = false;
    let outcome: RunOutcome;
    try {
      outcome = await this.repo.transaction(scope, async (tx) => {
        if (batchId) {
          await this.repo.createBatch(tx, { id: batchId, entity: def.entity, userId: viewer.id, fileName: args.fileName, mode: args.mode, matchKey });
        }
        const decide = (out: RunOutcome) => {
          out.errors = [...read.errors, ...dupes.errors, ...out.errors].sort((a, b) => a.row - b.row);
          out.duplicates = [...dupes.duplicates, ...out.duplicates].sort((a, b) => a.row - b.row);
          return !args.dryRun && (out.errors.length === 0 || args.skipErrorRows);
        };
        const out = await storeRows(this.repo, tx, scope, { def, rows: good, matchKey, upsert, actorId: viewer.id, ownerId: viewer.id, batchId }, decide);
        const badRows = new Set(out.errors.map((e) => e.row)).size;
        if (args.dryRun || (badRows > 0 && !args.skipErrorRows)) throw new RolledBack(out);
        out.skipped += badRows;
        await this.repo.finishBatch(tx, batchId!, { created: out.created, updated: out.updated, unchanged: out.unchanged, skipped: out.skipped });
        await this.repo.saveMapping(tx, viewer.id, def.entity, mapping);
        return out;
      });
      stored = true;
    } catch (e) {
      if (!(e instanceof RolledBack)) throw e;
      outcome = e.outcome;
    }
    return {
      batchId: stored ? batchId : null,
      stored,
      rowCount: table.rows.length,
      created: outcome.created,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      skipped: outcome.skipped,
      errorCount: outcome.errors.length,
      errors: outcome.errors.slice(0, LISTED),
      duplicates: outcome.duplicates.slice(0, LISTED),
    };
  }

  async batches(viewer: Viewer, scope: Scope, args: ImportBatchesArgs): Promise<ImportBatch[]> {
    if (scope.kind === 'partner') return [];
    return this.repo.listBatches(scope, args.entity, 20);
  }

  /** The entity's definition, when the viewer may import it (partners never may). */
  definition(viewer: Viewer, scope: Scope, entity: ImportEntity | string): ImportDefinition {
    const def = IMPORT_DEFINITIONS.find((d) => d.entity === entity);
    if (scope.kind === 'partner' || (def && !viewerCan(viewer, def.permission))) throw importForbidden(entity);
    if (!def) throw badInput('entity', `${entity} cannot be imported yet`);
    return def;
  }

  private read(args: PreviewImportArgs): Promise<ImportTable> {
    return readImportFile(decodeBase64File(args.file), args.fileName);
  }
}

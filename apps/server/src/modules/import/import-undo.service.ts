import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChanges, type Change } from '../../core/changes/change.ts';
import { checkId } from '../../core/ids.ts';
import { conflict } from '../../core/errors/app-error.ts';
import { IMPORT_DEFINITIONS } from './import-registry.ts';
import { importAlreadyUndone, importBatchNotFound, importRecordsChanged } from './import.errors.ts';
import type { ImportRepository } from './import.repository.ts';
import type { ImportBatch } from './import.type.ts';
import { capitalize, CHUNK } from './import-run.ts';

/**
 * Undo of a whole import batch, in one transaction: created records are deleted, updated
 * ones get their previous values back. Refused (CONFLICT) when any of them changed since
 * the import (its version moved), so undo never overwrites someone's later work.
 */
export class ImportUndoService {
  constructor(private readonly repo: ImportRepository) {}

  async undo(viewer: Viewer, scope: Scope, batchId: string): Promise<ImportBatch> {
    const id = checkId(batchId, 'batchId');
    if (scope.kind === 'partner') throw importBatchNotFound();
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lockBatch(tx, id);
      const batch = await this.repo.findBatch(tx, id);
      if (!batch) throw importBatchNotFound();
      if (batch.undoneAt) throw importAlreadyUndone();
      const def = IMPORT_DEFINITIONS.find((d) => d.entity === batch.entity)!;
      const entity = capitalize(def.model);
      const records = await this.repo.batchRecords(tx, id);
      const changed: string[] = [];
      for (let start = 0; start < records.length; start += CHUNK) {
        const chunk = records.slice(start, start + CHUNK);
        const current = new Map((await this.repo.findByIds(tx, def.model, chunk.map((r) => r.recordId))).map((r) => [r.id, r]));
        const changes: Change[] = [];
        const deletes: string[] = [];
        for (const rec of chunk) {
          const now = current.get(rec.recordId);
          if (!now || now.version !== rec.version) {
            changed.push(rec.recordId);
            continue;
          }
          if (changed.length) continue;
          if (rec.created) {
            deletes.push(rec.recordId);
            changes.push({ actorId: viewer.id, action: 'DELETED', entity, entityId: rec.recordId, customerId: def.customerIdOf(now) });
            continue;
          }
          const previous = rec.previous as Record<string, unknown>;
          if (!(await this.repo.updateVersioned(tx, def.model, rec.recordId, rec.version, { ...previous, ...def.derived({ ...now, ...previous }) }))) {
            changed.push(rec.recordId);
            continue;
          }
          changes.push({ actorId: viewer.id, action: 'UPDATED', entity, entityId: rec.recordId, customerId: def.customerIdOf(now), changes: diffFields(now, previous) });
        }
        if (changed.length) continue;
        try {
          await this.repo.deleteByIds(tx, def.model, deletes);
        } catch {
          throw conflict('Some imported records have related records now (contacts, deals); undo cannot delete them', { reason: 'IMPORT_RECORDS_IN_USE' });
        }
        await recordChanges(tx, changes);
      }
      if (changed.length) throw importRecordsChanged(changed);
      await this.repo.markUndone(tx, id);
      return { ...batch, undoneAt: new Date() };
    });
  }
}

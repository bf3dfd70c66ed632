import type { Db } from '../../core/db/database.ts';
import { ImportRepository } from './import.repository.ts';
import { ImportService } from './import.service.ts';
import { ImportUndoService } from './import-undo.service.ts';

/** The import module's services: preview and import, and undo of a batch. */
export function importServices(db: Db) {
  const repo = new ImportRepository(db);
  return { import: new ImportService(repo), importUndo: new ImportUndoService(repo) };
}

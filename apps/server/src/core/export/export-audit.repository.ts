import type { Db } from '../db/database.ts';
import type { Scope } from '../auth/scope.ts';
import { scopedClient } from '../access/scoped-client.ts';
import { recordChange } from '../changes/change.ts';
import { newId } from '../ids.ts';
import type { ExportFormat } from './export.types.ts';

export interface ExportAuditEntry {
  actorId: string;
  /** The list (`customers`): the entry's entity. */
  list: string;
  format: ExportFormat;
  /** The list's arguments as the client sent them. */
  filter: Record<string, unknown>;
  /** Rows the filter matched when the export started (what X-Total-Count announced). */
  rows: number;
}

/**
 * One audit entry per export, through the change path: who exported which list, with which
 * filter, how many rows. Its entity is the list (`customers`), not a record: only scopes that
 * see everything (admins) read it in the audit log.
 */
export class ExportAuditRepository {
  constructor(private readonly db: Db) {}

  async record(scope: Scope, entry: ExportAuditEntry): Promise<void> {
    await scopedClient(this.db, scope).$transaction((tx) =>
      recordChange(tx, {
        actorId: entry.actorId,
        action: 'EXPORTED',
        entity: entry.list,
        entityId: newId(),
        changes: [
          { field: 'format', from: null, to: entry.format },
          { field: 'filter', from: null, to: JSON.stringify(entry.filter) },
          { field: 'rows', from: null, to: String(entry.rows) },
        ],
      }),
    );
  }
}

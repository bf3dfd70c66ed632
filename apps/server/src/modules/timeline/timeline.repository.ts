import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { visibleSql } from '../../core/access/access.ts';
import type { Cursor } from '../../core/pagination/connection.ts';
import type { Tx } from '../customer/customer.repository.ts';
import type { FieldChange, TimelineEntry } from './timeline.type.ts';

interface Row {
  id: string;
  kind: string;
  entity: string;
  entityId: string;
  at: Date;
  body: string | null;
  changes: FieldChange[] | null;
  actorId: string | null;
}

/**
 * Notes and audit entries of one customer, merged and ordered in SQL, each filtered by
 * the rule of the record it is about (core/access): the customer being visible does not
 * make its deals', quotes' or contracts' entries visible.
 */
export class TimelineRepository {
  constructor(private readonly db: Db) {}

  async forCustomer(scope: Scope, customerId: string, after: Cursor | null, take: number): Promise<TimelineEntry[]> {
    const at = after ? new Date(String(after.v)) : null;
    const id = after?.id ?? null;
    const rows = await this.db.$queryRaw<Row[]>`
      SELECT * FROM (
        SELECT n.id, 'NOTE' AS kind, CASE WHEN n."contactId" IS NULL THEN 'Customer' ELSE 'Contact' END AS entity,
               COALESCE(n."contactId", n."customerId") AS "entityId", n."createdAt" AS at, n.body,
               NULL::jsonb AS changes, n."authorId" AS "actorId"
        FROM "Note" n WHERE n."customerId" = ${customerId} AND ${visibleSql('Note', scope, 'n')}
        UNION ALL
        SELECT a.id, a.action, a.entity, a."entityId", a."createdAt", NULL, a.changes, a."actorId"
        FROM "AuditLog" a WHERE a."customerId" = ${customerId} AND ${visibleSql('AuditLog', scope, 'a')}
      ) t
      WHERE ${at}::timestamp IS NULL OR (t.at, t.id) < (${at}::timestamp, ${id}::text)
      ORDER BY t.at DESC, t.id DESC
      LIMIT ${take}`;
    // the column defaults to '{}': only a list is a list of changes
    return rows.map((r) => ({ ...r, changes: Array.isArray(r.changes) ? r.changes : [] }));
  }

  async addNote(tx: Tx, note: { id: string; customerId: string; contactId: string | null; authorId: string; body: string }) {
    return tx.note.create({ data: note });
  }
}

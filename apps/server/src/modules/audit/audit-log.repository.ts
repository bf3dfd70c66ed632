import { Prisma } from '../../generated/prisma/client.ts';
import type { AuditLog as AuditLogRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { visibleSql } from '../../core/access/access.ts';
import type { Cursor } from '../../core/pagination/connection.ts';
import type { FieldChange } from '../timeline/timeline.type.ts';
import type { AuditEntry } from './audit-log.type.ts';
import type { AuditFilter } from './audit-log.inputs.ts';

// Each filter lines up with an index: (actorId, createdAt), (entity, entityId, createdAt), (createdAt).
function filterSql(filter: AuditFilter | null | undefined): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filter?.actorId) where.push(Prisma.sql`a."actorId" = ${filter.actorId}`);
  if (filter?.entity) where.push(Prisma.sql`a.entity = ${filter.entity}`);
  if (filter?.entityId) where.push(Prisma.sql`a."entityId" = ${filter.entityId}`);
  if (filter?.from) where.push(Prisma.sql`a."createdAt" >= ${filter.from}::timestamp`);
  if (filter?.to) where.push(Prisma.sql`a."createdAt" <= ${filter.to}::timestamp`);
  return where;
}

export function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    changes: Array.isArray(row.changes) ? (row.changes as unknown as FieldChange[]) : [],
    createdAt: row.createdAt,
    actorId: row.actorId,
  };
}

export class AuditLogRepository {
  constructor(private readonly db: Db) {}

  /** Newest first, keyset-paginated on (createdAt, id); an entry is visible when the record it is about is. */
  async list(scope: Scope, q: { filter?: AuditFilter | null; after: Cursor | null; take: number }): Promise<{ rows: AuditEntry[]; totalCount: number }> {
    const visible = Prisma.join([visibleSql('AuditLog', scope, 'a'), ...filterSql(q.filter)], ' AND ');
    const after = q.after ? Prisma.sql`AND (a."createdAt", a.id) < (${new Date(String(q.after.v))}::timestamp, ${q.after.id})` : Prisma.empty;
    const [rows, [{ count }]] = await Promise.all([
      this.db.$queryRaw<AuditLogRow[]>`
        SELECT a.* FROM "AuditLog" a WHERE ${visible} ${after}
        ORDER BY a."createdAt" DESC, a.id DESC LIMIT ${q.take}`,
      this.db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "AuditLog" a WHERE ${visible}`,
    ]);
    return { rows: rows.map(toAuditEntry), totalCount: count };
  }

  /**
   * Distinct entity names, by a loose index scan over (entity, …): one index probe per
   * name, however long the log.
   */
  async entities(scope: Scope): Promise<string[]> {
    const visible = visibleSql('AuditLog', scope, 'a');
    const rows = await this.db.$queryRaw<{ entity: string }[]>`
      WITH RECURSIVE e(entity) AS (
        (SELECT a.entity FROM "AuditLog" a WHERE ${visible} ORDER BY a.entity LIMIT 1)
        UNION ALL
        SELECT (SELECT a.entity FROM "AuditLog" a WHERE a.entity > e.entity AND ${visible} ORDER BY a.entity LIMIT 1)
        FROM e WHERE e.entity IS NOT NULL
      )
      SELECT entity FROM e WHERE entity IS NOT NULL ORDER BY entity`;
    return rows.map((r) => r.entity);
  }
}

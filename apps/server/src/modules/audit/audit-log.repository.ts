import { Prisma } from '../../generated/prisma/client.ts';
import type { AuditLog as AuditLogRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import { scopeOwnerIds, type Scope } from '../../core/auth/scope.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import type { FieldChange } from '../timeline/timeline.type.ts';
import type { AuditEntry } from './audit-log.type.ts';
import type { AuditFilter } from './audit-log.inputs.ts';

/** Entries a scope may read: everything for admins, otherwise changes made by the users it covers. */
function auditScopeWhere(scope: Scope): Prisma.AuditLogWhereInput {
  const actorIds = scopeOwnerIds(scope);
  return actorIds === null ? {} : { actorId: { in: [...actorIds] } };
}

/** The same as auditScopeWhere, as SQL over "AuditLog" aliased `a`. */
function auditScopeSql(scope: Scope): Prisma.Sql {
  const actorIds = scopeOwnerIds(scope);
  if (actorIds === null) return Prisma.sql`TRUE`;
  return actorIds.length ? Prisma.sql`a."actorId" IN (${Prisma.join([...actorIds])})` : Prisma.sql`FALSE`;
}

// Each filter lines up with an index: (actorId, createdAt), (entity, entityId, createdAt), (createdAt).
function filterWhere(filter: AuditFilter | null | undefined): Prisma.AuditLogWhereInput[] {
  if (!filter) return [];
  const where: Prisma.AuditLogWhereInput[] = [];
  if (filter.actorId) where.push({ actorId: filter.actorId });
  if (filter.entity) where.push({ entity: filter.entity });
  if (filter.entityId) where.push({ entityId: filter.entityId });
  if (filter.from) where.push({ createdAt: { gte: filter.from } });
  if (filter.to) where.push({ createdAt: { lte: filter.to } });
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

  /** Newest first, keyset-paginated on (createdAt, id). */
  async list(scope: Scope, q: { filter?: AuditFilter | null; after: Cursor | null; take: number }): Promise<{ rows: AuditEntry[]; totalCount: number }> {
    const base: Prisma.AuditLogWhereInput = { AND: [auditScopeWhere(scope), ...filterWhere(q.filter)] };
    const [rows, totalCount] = await Promise.all([
      this.db.auditLog.findMany({
        where: { AND: [base, keysetWhere('createdAt', 'desc', q.after, true)] },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: q.take,
      }),
      this.db.auditLog.count({ where: base }),
    ]);
    return { rows: rows.map(toAuditEntry), totalCount };
  }

  /**
   * Distinct entity names, by a loose index scan over (entity, …): one index probe per
   * name, however long the log.
   */
  async entities(scope: Scope): Promise<string[]> {
    const visible = auditScopeSql(scope);
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

import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Tx } from './lead.repository.ts';

const CURSOR = 'lead assignment: the round-robin cursor is a company setting every principal advances';
const DIRECTORY = 'lead assignment: any rep of the company may receive a lead, whoever creates it';

/**
 * Data behind lead assignment: the round-robin cursor (a Setting row locked FOR UPDATE, so
 * concurrent creates take turns) and the eligible reps. Reps are reference data every
 * staff member may pick, so these reads run on the system client: they answer ids, never
 * records. Inside the caller's transaction they use that transaction, unscoped.
 */
export class LeadAssignmentRepository {
  constructor(private readonly db: Db) {}

  /** Reads the cursor and locks its row until the transaction ends (creating it first if needed). */
  async lockCursor(tx: Tx, key: string): Promise<Record<string, string>> {
    const system = systemClient(tx, CURSOR);
    await system.$executeRaw`INSERT INTO "Setting" (key, value, "updatedAt") VALUES (${key}, '{}'::jsonb, now()) ON CONFLICT (key) DO NOTHING`;
    const rows = await system.$queryRaw<{ value: Record<string, string> }[]>`SELECT value FROM "Setting" WHERE key = ${key} FOR UPDATE`;
    return rows[0]?.value ?? {};
  }

  async saveCursor(tx: Tx, key: string, value: Record<string, string>): Promise<void> {
    await systemClient(tx, CURSOR).setting.update({ where: { key }, data: { value } });
  }

  async saveRule(tx: Tx, key: string, value: Prisma.InputJsonValue): Promise<void> {
    await systemClient(tx, 'lead assignment: the rule is a company setting, saved by those who may manage it').setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }

  /** Active sales reps of a department subtree (all departments when null), by id. */
  async repsOfDepartment(tx: Tx | undefined, departmentId: string | null): Promise<string[]> {
    const system = systemClient(tx ?? this.db, DIRECTORY);
    const rows = departmentId
      ? await system.$queryRaw<{ id: string }[]>`
          SELECT u.id FROM "User" u
          JOIN "Department" d ON d.id = u."departmentId"
          JOIN "Department" root ON root.id = ${departmentId}
          WHERE u.active AND u.role = 'SALES_REP' AND d.path LIKE root.path || '%'
          ORDER BY u.id`
      : await system.$queryRaw<{ id: string }[]>`SELECT u.id FROM "User" u WHERE u.active AND u.role = 'SALES_REP' ORDER BY u.id`;
    return rows.map((r) => r.id);
  }

  /** The active sales staff among these ids, by id. */
  async activeSalesStaff(tx: Tx | undefined, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await systemClient(tx ?? this.db, DIRECTORY).user.findMany({
      where: { id: { in: [...ids] }, active: true, role: { in: ['SALES_REP', 'SALES_MANAGER'] } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => r.id);
  }

  /**
   * The reps assigned (UserTerritory) to the territory or, failing that, to its nearest
   * ancestor that has any active sales staff: that territory's id and its reps by id.
   */
  async nearestTerritoryReps(tx: Tx, territoryId: string): Promise<{ territoryId: string; userIds: string[] } | null> {
    const system = systemClient(tx, DIRECTORY);
    const rows = await system.$queryRaw<{ territoryId: string; userId: string; depth: number }[]>`
      WITH RECURSIVE up AS (
        SELECT t.id, t."parentId", 0 AS depth FROM "Territory" t WHERE t.id = ${territoryId}
        UNION ALL SELECT p.id, p."parentId", up.depth + 1 FROM "Territory" p JOIN up ON p.id = up."parentId" WHERE up.depth < 64)
      SELECT up.id AS "territoryId", u.id AS "userId", up.depth FROM up
      JOIN "UserTerritory" ut ON ut."territoryId" = up.id
      JOIN "User" u ON u.id = ut."userId" AND u.active AND u.role IN ('SALES_REP', 'SALES_MANAGER')
      ORDER BY up.depth, u.id`;
    if (rows.length === 0) return null;
    const nearest = rows.filter((r) => r.depth === rows[0].depth);
    return { territoryId: rows[0].territoryId, userIds: nearest.map((r) => r.userId) };
  }

  async departmentExists(scope: Scope, id: string): Promise<boolean> {
    return (await scopedClient(this.db, scope).department.count({ where: { id } })) > 0;
  }

  async territoriesExist(scope: Scope, ids: readonly string[]): Promise<Set<string>> {
    const rows = await scopedClient(this.db, scope).territory.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }
}

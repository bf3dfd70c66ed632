import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';

/**
 * The territory ids of a subtree (the territory and everything below it), as SQL for
 * `x IN ${territorySubtreeSql(id)}` (dashboard, deal and customer filters).
 */
export const territorySubtreeSql = (territoryId: string) => Prisma.sql`(
  WITH RECURSIVE tt AS (
    SELECT t.id FROM "Territory" t WHERE t.id = ${territoryId}
    UNION ALL SELECT t.id FROM "Territory" t JOIN tt ON t."parentId" = tt.id)
  SELECT id FROM tt)`;

/** The ids of a territory and everything below it (for Prisma `in` filters); territories are reference data. */
export async function territorySubtreeIds(db: Db | Prisma.TransactionClient, territoryId: string): Promise<string[]> {
  return (await db.$queryRaw<{ id: string }[]>`SELECT sub.id FROM ${territorySubtreeSql(territoryId)} AS sub`).map((r) => r.id);
}

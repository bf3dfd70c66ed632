import { Prisma } from '../../generated/prisma/client.ts';

/**
 * The territory ids of a subtree (the territory and everything below it), as SQL for
 * `x IN ${territorySubtreeSql(id)}` (dashboard, deal and customer filters).
 */
export const territorySubtreeSql = (territoryId: string) => Prisma.sql`(
  WITH RECURSIVE tt AS (
    SELECT t.id FROM "Territory" t WHERE t.id = ${territoryId}
    UNION ALL SELECT t.id FROM "Territory" t JOIN tt ON t."parentId" = tt.id)
  SELECT id FROM tt)`;

import type { Db } from '../db/database.ts';

/*
 * The rows a Scope is built from. Core cannot reach into modules/user or modules/department,
 * so this one query lives beside the Scope it feeds.
 */

/** Everyone in a department's subtree, in one indexed statement (path is a materialized "/a/b/"). */
export async function departmentSubtreeUserIds(db: Db, departmentId: string): Promise<string[]> {
  const users = await db.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "User" u
    JOIN "Department" d ON d.id = u."departmentId"
    JOIN "Department" m ON m.id = ${departmentId}
    WHERE d.path LIKE m.path || '%'`;
  return users.map((u) => u.id);
}

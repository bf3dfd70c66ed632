import type { Db } from '../db/database.ts';
import { systemClient } from '../access/scoped-client.ts';

/*
 * The rows a Scope is built from. Core cannot reach into modules/user or modules/department,
 * so this one query lives beside the Scope it feeds.
 */

/**
 * Everyone in a department's subtree, in one indexed statement (path is a materialized "/a/b/").
 * A system read: it builds the Scope, so no rule can apply to it yet.
 */
export async function departmentSubtreeUserIds(db: Db, departmentId: string): Promise<string[]> {
  const system = systemClient(db, 'building the scope: the users of the viewer\'s department subtree');
  const users = await system.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "User" u
    JOIN "Department" d ON d.id = u."departmentId"
    JOIN "Department" m ON m.id = ${departmentId}
    WHERE d.path LIKE m.path || '%'`;
  return users.map((u) => u.id);
}

import { Prisma } from '../../generated/prisma/client.ts';

/**
 * The users of a department's subtree, as SQL for `x IN ${departmentUsersSql(id)}`: those
 * whose department path lies under the department's (paths are "/id/…/id/").
 */
export const departmentUsersSql = (departmentId: string) => Prisma.sql`(
  SELECT u.id FROM "User" u JOIN "Department" dep ON dep.id = u."departmentId"
  WHERE dep.path LIKE (SELECT m.path FROM "Department" m WHERE m.id = ${departmentId}) || '%')`;

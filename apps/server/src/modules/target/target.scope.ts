import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';

/** Departments in the subtree of the viewer's own department (materialized path "/a/b/"). */
const viewerSubtree = (userId: string) => Prisma.sql`(
  SELECT sd.id FROM "Department" sd WHERE sd.path LIKE (
    SELECT vd.path FROM "Department" vd JOIN "User" vu ON vu."departmentId" = vd.id WHERE vu.id = ${userId}) || '%')`;

/** Whether a department lies in the viewer's subtree (managers may set its targets). */
export const departmentInSubtreeSql = (scope: Scope, departmentId: string) =>
  Prisma.sql`${departmentId} IN ${viewerSubtree(scope.userId)}`;

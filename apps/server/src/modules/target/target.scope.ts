import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';

/** Departments in the subtree of the viewer's own department (materialized path "/a/b/"). */
const viewerSubtree = (userId: string) => Prisma.sql`(
  SELECT sd.id FROM "Department" sd WHERE sd.path LIKE (
    SELECT vd.path FROM "Department" vd JOIN "User" vu ON vu."departmentId" = vd.id WHERE vu.id = ${userId}) || '%')`;

/**
 * The targets a scope may see, as SQL over `t`: all for admins; for managers the targets of
 * users in their subtree and of departments in it; for others their own; none for partners.
 */
export function targetScopeSql(scope: Scope): Prisma.Sql {
  switch (scope.kind) {
    case 'all':
      return Prisma.sql`TRUE`;
    case 'department':
      return Prisma.sql`(t."userId" IN (${Prisma.join([...scope.userIds])}) OR t."departmentId" IN ${viewerSubtree(scope.userId)})`;
    case 'own':
      return Prisma.sql`t."userId" = ${scope.userId}`;
    case 'partner':
      return Prisma.sql`FALSE`;
  }
}

/** Whether a department lies in the viewer's subtree (managers may set its targets). */
export const departmentInSubtreeSql = (scope: Scope, departmentId: string) =>
  Prisma.sql`${departmentId} IN ${viewerSubtree(scope.userId)}`;

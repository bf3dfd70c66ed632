import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { viewerDepartmentSubtreeSql } from '../../core/access/rule.ts';

/** Whether a department lies in the viewer's subtree (managers may set its targets). */
export const departmentInSubtreeSql = (scope: Scope, departmentId: string) =>
  Prisma.sql`${departmentId} IN ${viewerDepartmentSubtreeSql(scope.userId)}`;

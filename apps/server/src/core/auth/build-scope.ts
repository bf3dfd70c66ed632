import type { Db } from '../db/database.ts';
import type { Scope } from './scope.ts';
import type { Viewer } from './viewer.ts';
import { departmentSubtreeUserIds } from './scope.repository.ts';

const MANAGERS = new Set(['SALES_MANAGER', 'SERVICE_MANAGER']);

/**
 * Builds the viewer's Scope: the base level from the kind of user, the reach per module from
 * their role (AccessRole.visibility). Managers, and roles reading some module at department
 * level, cost one indexed query for the department subtree's users.
 */
export async function buildScope(db: Db, viewer: Viewer): Promise<Scope> {
  const base = { userId: viewer.id, role: viewer.role, reach: viewer.visibility, departmentIds: viewer.departmentIds, shared: viewer.shared };
  if (viewer.role === 'ADMIN') return { kind: 'all', ...base };
  if (viewer.role === 'PARTNER') return { kind: 'partner', ...base, partnerId: viewer.partnerId };
  const manager = MANAGERS.has(viewer.role);
  const wantsSubtree = manager || Object.values(viewer.visibility).includes('department');
  if (!wantsSubtree || !viewer.departmentId) return { kind: 'own', ...base };
  const userIds = await departmentSubtreeUserIds(db, viewer.departmentId);
  if (!userIds.includes(viewer.id)) userIds.push(viewer.id);
  return manager ? { kind: 'department', ...base, userIds } : { kind: 'own', ...base, userIds };
}

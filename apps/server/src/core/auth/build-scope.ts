import type { Db } from '../db/database.ts';
import type { Scope } from './scope.ts';
import type { Viewer } from './viewer.ts';
import { ROLE_REACH } from '../access/levels.ts';
import { departmentSubtreeUserIds } from './scope.repository.ts';

const MANAGERS = new Set(['SALES_MANAGER', 'SERVICE_MANAGER']);

/** Builds the viewer's Scope with its role's reach; managers cost one indexed query for their department subtree. */
export async function buildScope(db: Db, viewer: Viewer): Promise<Scope> {
  const base = { userId: viewer.id, role: viewer.role, reach: ROLE_REACH[viewer.role] };
  if (viewer.role === 'ADMIN') return { kind: 'all', ...base };
  if (viewer.role === 'PARTNER') return { kind: 'partner', ...base, partnerId: viewer.partnerId };
  if (MANAGERS.has(viewer.role) && viewer.departmentId) {
    const userIds = await departmentSubtreeUserIds(db, viewer.departmentId);
    if (!userIds.includes(viewer.id)) userIds.push(viewer.id);
    return { kind: 'department', ...base, userIds };
  }
  return { kind: 'own', ...base };
}

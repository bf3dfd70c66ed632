import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { ShareViewerDepartmentsDocument, type RecordShareItemFragment } from '@panorama/schema';

/**
 * Whether the viewer is one of the record's grantees: shared with them, or with their
 * department or one above it (a department share covers its sub-departments). Grantees
 * cannot share further. `undefined` while the department tree is loading. Not asked for
 * the record's owner (`owner`), who is never a grantee.
 */
export function useSharedWithViewer(shares: readonly RecordShareItemFragment[], viewerId: string | undefined, owner: boolean): boolean | undefined {
  const byUser = !owner && shares.some((s) => s.user && s.user.id === viewerId);
  const needsTree = !owner && !byUser && shares.some((s) => s.department);
  const { data, error } = useQuery(ShareViewerDepartmentsDocument, needsTree ? { fetchPolicy: 'cache-first' } : skipToken);
  return useMemo(() => {
    if (byUser) return true;
    if (!needsTree || error) return false;
    if (!data) return undefined;
    const parents = new Map(data.departments.map((d) => [d.id, d.parentId ?? null]));
    const mine = new Set<string>();
    for (let id = data.me.user.department?.id ?? null; id && !mine.has(id); id = parents.get(id) ?? null) mine.add(id);
    return shares.some((s) => s.department && mine.has(s.department.id));
  }, [byUser, needsTree, error, data, shares]);
}

import type { TFunction } from 'i18next';
import type { TimelineItemFragment } from '@panorama/schema';

/** Timeline actions written when a record is shared, its access changed, or the share ended. */
export const SHARE_ACTIONS: readonly string[] = ['SHARED', 'SHARE_CHANGED', 'UNSHARED'];

/**
 * The sentence for a share entry ("Li Na shared the deal with Chen Jing (read-only)"), from its
 * changes: the grantee (userId or departmentId, named by the server) and canEdit.
 */
export function shareTimelineSummary(t: TFunction, entry: TimelineItemFragment, actor: string, entity: string): string {
  const grantee = entry.changes.find((c) => c.field === 'userId' || c.field === 'departmentId');
  const canEdit = entry.changes.find((c) => c.field === 'canEdit');
  const access = t(canEdit?.to === 'true' ? 'share.access.readWrite' : 'share.access.readOnly');
  const unknown = t('share.timeline.unknownGrantee');
  if (entry.kind === 'UNSHARED') return t('share.timeline.unshared', { actor, entity, grantee: grantee?.fromLabel ?? unknown });
  if (entry.kind === 'SHARE_CHANGED') return t('share.timeline.changed', { actor, entity, access });
  return t('share.timeline.shared', { actor, entity, grantee: grantee?.toLabel ?? unknown, access });
}

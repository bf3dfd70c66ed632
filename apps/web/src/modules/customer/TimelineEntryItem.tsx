import { Group, Paper, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimelineItemFragment } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { ChangeList } from '../../lib/components/ChangeList.tsx';
import { useFormat } from '../../lib/format.ts';
import { translateOrFallback } from '../../lib/i18n/dynamic.ts';
import { SHARE_ACTIONS, shareTimelineSummary } from '../share/shareTimeline.ts';

/** One line of the timeline: who did what, when, and the note text or the changed fields. */
export function TimelineEntryItem({ entry }: { entry: TimelineItemFragment }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const actor = entry.actor?.name ?? t('common.system');
  const entity = translateOrFallback(i18n, `audit.entities.${entry.entity}`, entry.entity);
  const shareAction = SHARE_ACTIONS.includes(entry.kind);
  const summary =
    entry.kind === 'NOTE'
      ? t('customer.timeline.addedNote', { actor })
      : shareAction
        ? shareTimelineSummary(t, entry, actor, entity)
        : t('customer.timeline.summary', {
            actor,
            action: translateOrFallback(i18n, `audit.actions.${entry.kind}`, entry.kind),
            entity,
          });

  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {summary}
          {entry.entity === 'Opportunity' && entry.kind !== 'DELETED' && (
            <>
              {' · '}
              <AnchorLink to="/opportunities/$id" params={{ id: entry.entityId }} size="sm">
                {t('opportunity.customer.view')}
              </AnchorLink>
            </>
          )}
          {entry.entity === 'Contact' && (
            <>
              {' · '}
              <AnchorLink to="/contacts/$id" params={{ id: entry.entityId }} size="sm">
                {t('customer.timeline.viewContact')}
              </AnchorLink>
            </>
          )}
        </Text>
        <Tooltip label={format.dateTime(entry.at)} openDelay={300}>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {format.relative(entry.at)}
          </Text>
        </Tooltip>
      </Group>
      {entry.body && (
        <Paper bg="gray.0" p="sm" mt={6} radius="sm">
          <Text size="sm" className="preline">
            {entry.body}
          </Text>
        </Paper>
      )}
      {entry.kind !== 'CREATED' && !shareAction && entry.changes.length > 0 && (
        <div style={{ marginTop: 6 }}>
          <ChangeList entity={entry.entity} changes={entry.changes} />
        </div>
      )}
    </div>
  );
}

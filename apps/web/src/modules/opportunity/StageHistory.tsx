import { Paper, Text, Timeline, Title } from '@mantine/core';
import { IconFlag, IconTrophy, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetailFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { STATUS_COLORS } from './OpportunityBadges.tsx';
import { humanDuration, secondsSince } from './duration.ts';

const ICONS = { OPEN: <IconFlag size={12} />, WON: <IconTrophy size={12} />, LOST: <IconX size={12} /> };

/** Every stage the deal entered, with how long it stayed in each (and in the current one so far). */
export function StageHistory({ opportunity: o }: { opportunity: OpportunityDetailFragment }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const duration = (seconds: number) => humanDuration(seconds, i18n.language, t('opportunity.history.lessThanMinute'));
  const history = o.stageHistory;
  return (
    <Paper withBorder p="lg" data-testid="stage-history">
      <Title order={3} fz="md" mb="md">
        {t('opportunity.history.title')}
      </Title>
      {history.length === 0 && <Text size="sm" c="dimmed">{t('opportunity.history.empty')}</Text>}
      <Timeline active={history.length - 1} bulletSize={22} lineWidth={2}>
        {history.map((h, i) => {
          const next = history[i + 1];
          const current = i === history.length - 1;
          return (
            <Timeline.Item
              key={h.id}
              color={STATUS_COLORS[h.toStage.kind]}
              bullet={ICONS[h.toStage.kind]}
              title={
                <Text size="sm" fw={500}>
                  {h.fromStage ? t('opportunity.history.moved', { from: h.fromStage.name, to: h.toStage.name }) : t('opportunity.history.created', { stage: h.toStage.name })}
                </Text>
              }
              data-testid="stage-history-item"
            >
              <Text size="xs" c="dimmed">
                {format.dateTime(h.changedAt)}
                {h.changedBy && ` · ${t('opportunity.history.by', { name: h.changedBy.name })}`}
              </Text>
              <Text size="xs" mt={2}>
                {current
                  ? o.status === 'OPEN' && t('opportunity.history.current', { duration: duration(secondsSince(o.stageEnteredAt)) })
                  : next?.secondsInFrom != null && t('opportunity.history.spent', { stage: h.toStage.name, duration: duration(next.secondsInFrom) })}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}

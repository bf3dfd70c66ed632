import { Alert, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CommissionStatementItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { progressPercent } from './commissionMonth.ts';

/** The viewer's own month: won, commission, and a bar showing how far the next tier is. */
export function StatementCard({ statement, onOpen }: { statement: CommissionStatementItemFragment; onOpen: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = statement;
  const p = s.progress;
  const percent = p ? progressPercent(s.won.amount, p.currentFrom, p.nextFrom) : 0;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('commission.myStatement')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="md">{t('commission.myStatement')}</Title>
          {s.planName && <Badge variant="light">{t('commission.plan')}: {s.planName}</Badge>}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <div>
            <Text size="xs" c="dimmed">{t('commission.won')}</Text>
            <Text fz="xl" fw={600} data-testid="my-won">{f.money(s.won.amount, s.won.currency)}</Text>
            <Text size="xs" c="dimmed">{t('commission.deals', { count: s.dealCount })}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">{t('commission.commission')}</Text>
            <Text fz="xl" fw={600} c="teal.7" data-testid="my-commission">{f.money(s.commission.amount, s.commission.currency)}</Text>
            <Text size="xs" c="dimmed">{s.mode ? t(`commission.modes.${s.mode}`) : ''}</Text>
          </div>
          {p && (
            <Stack gap={6} justify="center">
              <Text size="sm">
                {p.nextFrom && p.remaining && p.nextRatePercent
                  ? t('commission.toNextTier', { remaining: f.money(p.remaining, s.currency), rate: Number(p.nextRatePercent) })
                  : t('commission.topTier', { rate: Number(p.currentRatePercent) })}
              </Text>
              <Progress value={percent} size="lg" radius="xl" color="teal" aria-label={t('commission.progressLabel')} />
              <Text size="xs" c="dimmed">{t('commission.rate', { rate: Number(p.currentRatePercent) })}</Text>
            </Stack>
          )}
        </SimpleGrid>
        {s.unconvertedCount > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={16} />} py="xs">{t('commission.unconverted', { count: s.unconvertedCount })}</Alert>
        )}
        <Group justify="flex-end">
          <Text component="button" type="button" c="blue" size="sm" onClick={onOpen} style={{ background: 'none', border: 0, cursor: 'pointer' }}>
            {t('commission.viewDeals')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

import { Alert, Badge, Center, Grid, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useQuery } from '@apollo/client/react';
import { IconCalendarMonth, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CommissionMonthDocument } from '@panorama/schema';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { useViewer } from '../auth/useViewer.ts';
import { currentMonth, firstDay, type CommissionSearch } from './commissionMonth.ts';
import { StatementCard } from './StatementCard.tsx';
import { StatementDrawer } from './StatementDrawer.tsx';
import { TeamChart, TeamTable } from './TeamCommissions.tsx';

/** /commissions: the viewer's month, and for managers their team's, with a drill-down into each statement. */
export function CommissionsPage({ search, onSearchChange }: { search: CommissionSearch; onSearchChange: (patch: Partial<CommissionSearch>) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useViewer();
  const month = search.month ?? currentMonth();
  const periodStart = firstDay(month);
  const query = useQuery(CommissionMonthDocument, { variables: { periodStart, from: periodStart, to: periodStart }, fetchPolicy: 'cache-and-network' });
  const statements = query.data?.commissionStatements ?? [];
  const period = query.data?.commissionPeriods[0] ?? null;
  const mine = statements.find((s) => s.userId === user?.id) ?? null;
  const team = statements.filter((s) => s.userId !== user?.id).length > 0 ? statements : [];
  const open = (userId: string) => onSearchChange({ user: userId });

  const badge = period ? (
    <Tooltip label={t('commission.lockedHint', { date: f.dateTime(period.closedAt) })}>
      <Badge color="gray" size="lg" leftSection={<IconLock size={14} />} data-testid="period-locked">{t('commission.locked')}</Badge>
    </Tooltip>
  ) : query.data ? (
    <Badge color="teal" variant="light" size="lg" leftSection={<IconLockOpen size={14} />}>{t('commission.open')}</Badge>
  ) : null;

  return (
    <>
      <PageHeader title={t('commission.title')} description={t('commission.description')} badges={badge} />
      <MonthPickerInput
        label={t('commission.month')}
        leftSection={<IconCalendarMonth size={16} />}
        value={periodStart}
        valueFormat="YYYY-MM"
        onChange={(value) => value && onSearchChange({ month: String(value).slice(0, 7), user: undefined })}
        w={220}
        mb="md"
      />
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {!query.data && query.loading && <Center h={200}><Loader size="sm" aria-label={t('common.loading')} /></Center>}
      {query.data && (
        <Stack gap="md">
          {mine ? <StatementCard statement={mine} onOpen={() => open(mine.userId)} /> : <Alert color="gray" variant="light">{t('commission.noPlan')}</Alert>}
          {team.length > 0 && (
            <Grid>
              <Grid.Col span={{ base: 12, lg: 7 }}><TeamTable rows={team} onOpen={open} /></Grid.Col>
              <Grid.Col span={{ base: 12, lg: 5 }}><TeamChart rows={team} onOpen={open} /></Grid.Col>
            </Grid>
          )}
          {statements.length === 0 && <Text c="dimmed" size="sm">{t('commission.empty')}</Text>}
        </Stack>
      )}
      <StatementDrawer userId={search.user ?? null} month={month} onClose={() => onSearchChange({ user: undefined })} />
    </>
  );
}

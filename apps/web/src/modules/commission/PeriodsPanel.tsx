import { useState } from 'react';
import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CloseCommissionPeriodDocument, CommissionPeriodsDocument, ReopenCommissionPeriodDocument } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { addMonths, currentMonth, firstDay, monthLabel } from './commissionMonth.ts';

const MONTHS = 12;

/** The last twelve months, newest first, each closed (reopen) or open (close), with confirmation. */
export function PeriodsPanel() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const errorMessage = useErrorMessage();
  const [confirm, setConfirm] = useState<{ month: string; action: 'close' | 'reopen' } | null>(null);
  const now = currentMonth();
  const months = Array.from({ length: MONTHS }, (_, i) => addMonths(now, -i));
  const query = useQuery(CommissionPeriodsDocument, { variables: { from: firstDay(months.at(-1)!), to: firstDay(now) }, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: ['CommissionPeriods', 'CommissionMonth'], awaitRefetchQueries: true };
  const [close, closing] = useMutation(CloseCommissionPeriodDocument, refetch);
  const [reopen, reopening] = useMutation(ReopenCommissionPeriodDocument, refetch);
  const closed = new Map((query.data?.commissionPeriods ?? []).map((p) => [p.periodStart.slice(0, 7), p]));
  const label = confirm ? monthLabel(confirm.month, i18n.language) : '';

  const run = async () => {
    if (!confirm) return;
    const periodStart = firstDay(confirm.month);
    try {
      if (confirm.action === 'close') {
        const res = await close({ variables: { periodStart } });
        notifications.show({ color: 'teal', message: t('commission.admin.closed', { month: label, count: res.data?.closeCommissionPeriod.statementCount ?? 0 }) });
      } else {
        await reopen({ variables: { periodStart } });
        notifications.show({ color: 'teal', message: t('commission.admin.reopened', { month: label }) });
      }
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
      void query.refetch();
    } finally {
      setConfirm(null);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('commission.admin.periods')}>
      <Stack gap="sm">
        <Title order={3} fz="md">{t('commission.admin.periods')}</Title>
        <Text size="sm" c="dimmed">{t('commission.admin.periodsHint')}</Text>
        {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('commission.admin.periods')} verticalSpacing={6}>
            <Table.Tbody>
              {months.map((month) => {
                const period = closed.get(month);
                const name = monthLabel(month, i18n.language);
                return (
                  <Table.Tr key={month} data-testid={`period-${month}`}>
                    <Table.Td fw={500}>{name}</Table.Td>
                    <Table.Td>
                      {period
                        ? <Badge color="gray" leftSection={<IconLock size={12} />}>{t('commission.locked')}</Badge>
                        : <Badge color="teal" variant="light">{t('commission.open')}</Badge>}
                    </Table.Td>
                    <Table.Td c="dimmed">{period ? `${t('commission.admin.statements', { count: period.statementCount })} · ${f.dateTime(period.closedAt)}` : ''}</Table.Td>
                    <Table.Td ta="right">
                      {period ? (
                        <Button size="xs" variant="default" leftSection={<IconLockOpen size={14} />} aria-label={`${t('commission.admin.reopen')} ${name}`}
                          onClick={() => setConfirm({ month, action: 'reopen' })}>{t('commission.admin.reopen')}</Button>
                      ) : (
                        <Button size="xs" leftSection={<IconLock size={14} />} disabled={!query.data} aria-label={`${t('commission.admin.close')} ${name}`}
                          onClick={() => setConfirm({ month, action: 'close' })}>{t('commission.admin.close')}</Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <ConfirmDialog
        opened={confirm !== null}
        title={confirm?.action === 'reopen' ? t('commission.admin.reopenTitle', { month: label }) : t('commission.admin.closeTitle', { month: label })}
        message={confirm?.action === 'reopen' ? t('commission.admin.reopenMessage', { month: label }) : t('commission.admin.closeMessage', { month: label })}
        confirmLabel={confirm?.action === 'reopen' ? t('commission.admin.reopen') : t('commission.admin.close')}
        danger={confirm?.action === 'reopen'}
        loading={closing.loading || reopening.loading}
        onConfirm={() => void run()}
        onClose={() => setConfirm(null)}
      />
    </Paper>
  );
}

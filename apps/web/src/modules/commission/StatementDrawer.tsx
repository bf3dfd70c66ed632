import { Badge, Center, Drawer, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CommissionStatementDetailDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { firstDay, monthLabel } from './commissionMonth.ts';

/** A statement's deals: each with its original and converted amount and the commission attributed to it. */
export function StatementDrawer({ userId, month, onClose }: { userId: string | null; month: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const query = useQuery(CommissionStatementDetailDocument, {
    variables: { userId: userId ?? '', periodStart: firstDay(month) },
    skip: !userId,
    fetchPolicy: 'cache-and-network',
  });
  const s = query.data?.commissionStatement;
  const lines = s?.lines ?? [];
  const name = s?.user?.name ?? '';
  return (
    <Drawer opened={!!userId} onClose={onClose} position="right" size="xl" title={t('commission.statementTitle', { name, month: monthLabel(month, i18n.language) })}>
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {!s && query.loading && <Center h={200}><Loader size="sm" aria-label={t('common.loading')} /></Center>}
      {s && (
        <>
          {s.closed && <Badge color="gray" leftSection={<IconLock size={12} />} mb="sm">{t('commission.locked')}</Badge>}
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t('commission.statementTitle', { name, month: monthLabel(month, i18n.language) })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('commission.line.deal')}</Table.Th>
                  <Table.Th>{t('commission.line.closedAt')}</Table.Th>
                  <Table.Th ta="right">{t('commission.line.original')}</Table.Th>
                  <Table.Th ta="right">{t('commission.line.converted')}</Table.Th>
                  <Table.Th ta="right">{t('commission.line.commission')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.length === 0 && (
                  <Table.Tr><Table.Td colSpan={5}><Text c="dimmed" size="sm">{t('commission.line.noLines')}</Text></Table.Td></Table.Tr>
                )}
                {lines.map((l) => (
                  <Table.Tr key={l.opportunityId}>
                    <Table.Td>
                      {l.opportunityName
                        ? <AnchorLink to="/opportunities/$id" params={{ id: l.opportunityId }} size="sm">{l.opportunityName}</AnchorLink>
                        : '—'}
                    </Table.Td>
                    <Table.Td>{f.date(l.closedAt)}</Table.Td>
                    <Table.Td ta="right">{f.money(l.originalAmount.amount, l.originalAmount.currency)}</Table.Td>
                    <Table.Td ta="right">
                      {l.amount ? f.money(l.amount.amount, l.amount.currency) : <Badge color="yellow" variant="light">{t('commission.line.unconverted')}</Badge>}
                    </Table.Td>
                    <Table.Td ta="right">{f.money(l.commission.amount, l.commission.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={3}>{t('commission.line.total')}</Table.Th>
                  <Table.Th ta="right">{f.money(s.won.amount, s.won.currency)}</Table.Th>
                  <Table.Th ta="right">{f.money(s.commission.amount, s.commission.currency)}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Drawer>
  );
}

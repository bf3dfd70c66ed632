import { useState } from 'react';
import { Button, Card, Center, Grid, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CancelOrderDocument, FulfilOrderDocument, OrderDocument } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { FactList } from '../../lib/components/FactList.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { QuoteTotals } from '../quote/QuoteTotals.tsx';
import { useQuoteErrorMessage } from '../quote/useQuoteErrorMessage.ts';
import { OrderStatusBadge } from './OrderBadges.tsx';

/** One sales order: its facts, lines as quoted, totals, and fulfil/cancel for managers. */
export function OrderDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const errorMessage = useQuoteErrorMessage();
  const [pending, setPending] = useState<'fulfil' | 'cancel' | null>(null);
  const { data, error, loading, refetch } = useQuery(OrderDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const evict = { update: (c: Parameters<typeof evictRootFields>[0]) => evictRootFields(c, ['orders']) };
  const [fulfil, fulfilState] = useMutation(FulfilOrderDocument, evict);
  const [cancel, cancelState] = useMutation(CancelOrderDocument, evict);
  const o = data?.order;

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('order.notFound')} />;
  if (error && !o) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !o) return <Center h={240}><Loader /></Center>;
  if (!o) return null;

  const run = async () => {
    try {
      const variables = { id: o.id, version: o.version };
      if (pending === 'fulfil') await fulfil({ variables });
      else await cancel({ variables });
      notifications.show({ color: 'teal', message: t(pending === 'fulfil' ? 'order.notify.fulfilled' : 'order.notify.cancelled') });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(e) });
    } finally {
      setPending(null);
    }
  };
  const confirmedOrder = o.status === 'CONFIRMED' && can('order:update');

  return (
    <>
      <PageHeader
        back={<AnchorLink to="/orders" size="sm" c="dimmed" w="fit-content"><BackLabel>{t('order.backToList')}</BackLabel></AnchorLink>}
        title={o.number}
        badges={<OrderStatusBadge status={o.status} />}
        actions={
          confirmedOrder && (
            <Group gap="sm">
              <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setPending('fulfil')}>{t('order.actions.fulfil')}</Button>
              <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={() => setPending('cancel')}>{t('order.actions.cancel')}</Button>
            </Group>
          )
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="md">
              <FactList
                facts={[
                  { label: t('order.fields.customer'), value: o.customer ? <AnchorLink to="/customers/$id" params={{ id: o.customer.id }} size="sm">{o.customer.name}</AnchorLink> : '—' },
                  { label: t('order.fields.deal'), value: o.opportunity ? <AnchorLink to="/opportunities/$id" params={{ id: o.opportunity.id }} size="sm">{o.opportunity.name}</AnchorLink> : '—' },
                  { label: t('order.fields.quote'), value: o.quote ? <AnchorLink to="/quotes/$id" params={{ id: o.quote.id }} size="sm">{o.quote.number}</AnchorLink> : '—' },
                  { label: t('order.fields.orderDate'), value: format.date(`${o.orderDate}T00:00:00`) },
                  { label: t('order.fields.contact'), value: o.contact?.name ?? '—' },
                  { label: t('order.fields.owner'), value: o.owner?.name ?? '—' },
                  { label: t('order.fields.billingAddress'), value: o.billingAddress ?? '—' },
                  { label: t('order.fields.notes'), value: o.notes ?? '—' },
                ]}
              />
            </Card>
            <QuoteTotals currency={o.currency} subtotal={o.subtotal.amount} discount={o.discountTotal.amount} tax={o.taxTotal.amount} total={o.total.amount} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Card withBorder radius="md" padding="md">
            <Title order={4} mb="sm">{t('order.lines')}</Title>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" aria-label={t('order.lines')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{t('quote.lines.name')}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('quote.lines.quantity')}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('quote.lines.unitPrice')}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('quote.lines.discountPercent')}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('quote.lines.taxRate')}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('quote.lines.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.lines.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>{l.position}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{l.name}</Text>
                        {l.description && <Text size="xs" c="dimmed">{l.description}</Text>}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{Number(l.quantity).toString()} {l.unit ?? ''}</Table.Td>
                      <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(l.unitPrice.amount, o.currency)}</Table.Td>
                      <Table.Td ta="right">{Number(l.discountPercent)}%</Table.Td>
                      <Table.Td ta="right">{Number(l.taxRate)}%</Table.Td>
                      <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(l.total.amount, o.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t(`order.confirm.${pending}Title`) : ''}
        message={pending ? t(`order.confirm.${pending}Body`, { number: o.number }) : ''}
        confirmLabel={pending ? t(`order.actions.${pending}`) : ''}
        danger={pending === 'cancel'}
        loading={fulfilState.loading || cancelState.loading}
        onConfirm={() => void run()}
        onClose={() => setPending(null)}
      />
    </>
  );
}

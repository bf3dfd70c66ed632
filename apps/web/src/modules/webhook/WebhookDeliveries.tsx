import { useState } from 'react';
import { Button, Group, Paper, Select, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WebhookDeliveriesDocument, type WebhookDeliveryStatus } from '@panorama/schema';
import { ListState } from '../../lib/components/ListState.tsx';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { ConnectionPager } from '../../lib/components/ConnectionPager.tsx';
import { WebhookDeliveryTable } from './WebhookDeliveryTable.tsx';
import { useDeliveryReplay } from './useDeliveryReplay.tsx';

const PAGE_SIZE = 25;
const STATUSES: WebhookDeliveryStatus[] = ['FAILED', 'PENDING', 'SUCCEEDED'];

/** A webhook's delivery log, newest first, filtered by status; Replay one, or every failed one. */
export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<WebhookDeliveryStatus | null>(null);
  const pages = useCursorPages(status ?? 'all');
  const replay = useDeliveryReplay(webhookId);
  const { data, previousData, loading, error, refetch } = useQuery(WebhookDeliveriesDocument, {
    variables: { webhookId, status, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.webhookDeliveries;
  const deliveries = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="webhook-deliveries">
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Title order={2} size="h4" id="webhook-deliveries">{t('webhook.detail.deliveries')}</Title>
        <Group gap="xs">
          <Select
            aria-label={t('webhook.delivery.fields.status')}
            placeholder={t('webhook.delivery.allStatuses')}
            data={STATUSES.map((s) => ({ value: s, label: t(`webhook.delivery.status.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(v as WebhookDeliveryStatus | null)}
            clearable
            w={150}
          />
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void refetch()} loading={loading && !!connection}>
            {t('webhook.delivery.refresh')}
          </Button>
          <Button variant="light" onClick={replay.askReplayFailed}>{t('webhook.delivery.replayFailed')}</Button>
        </Group>
      </Group>
      <ListState
        error={!connection && error}
        loading={!connection}
        empty={deliveries.length === 0}
        emptyText={status ? t('webhook.delivery.emptyFiltered') : t('webhook.delivery.empty')}
        onRetry={() => void refetch()}
        rows={3}
      >
        <WebhookDeliveryTable deliveries={deliveries} replayingId={replay.replaying} onReplay={replay.replay} />
      </ListState>
      <ConnectionPager connection={connection} pages={pages} loading={loading} />
      {replay.dialog}
    </Paper>
  );
}

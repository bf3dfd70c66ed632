import { Button, Paper } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WebhooksDocument } from '@panorama/schema';
import { ListState } from '../../lib/components/ListState.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { ConnectionPager } from '../../lib/components/ConnectionPager.tsx';
import { WebhookTable } from './WebhookTable.tsx';
import { useWebhookActions } from './useWebhookActions.tsx';

const PAGE_SIZE = 25;

/** The viewer's webhooks (every one for admins), newest first, with New webhook. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const pages = useCursorPages('all');
  const actions = useWebhookActions();
  const { data, previousData, loading, error, refetch } = useQuery(WebhooksDocument, {
    variables: { first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.webhooks;
  const webhooks = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageHeader
        title={t('webhook.title')}
        description={t('webhook.description')}
        actions={<Button leftSection={<IconPlus size={16} />} onClick={actions.create}>{t('webhook.new')}</Button>}
      />
      <Paper withBorder p="md">
        <ListState error={!connection && error} loading={!connection} empty={webhooks.length === 0} emptyText={t('webhook.empty')} onRetry={() => void refetch()} rows={3}>
          <WebhookTable webhooks={webhooks} togglingId={actions.toggling} onEdit={actions.edit} onSetActive={actions.setActive} onDelete={actions.askDelete} />
        </ListState>
        <ConnectionPager connection={connection} pages={pages} loading={loading} />
      </Paper>
      {actions.dialogs}
    </>
  );
}

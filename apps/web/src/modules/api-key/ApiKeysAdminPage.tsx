import { Paper } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiKeysDocument } from '@panorama/schema';
import { ConnectionPager } from '../../lib/components/ConnectionPager.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { ListState } from '../../lib/components/ListState.tsx';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { ApiKeyTable } from './ApiKeyTable.tsx';
import { useRevokeApiKey } from './useRevokeApiKey.tsx';

const PAGE_SIZE = 50;

/** Every user's API keys with their owner, newest first; admins revoke any of them. */
export function ApiKeysAdminPage() {
  const { t } = useTranslation();
  const pages = useCursorPages('all');
  const revoke = useRevokeApiKey();
  const { data, previousData, loading, error, refetch } = useQuery(ApiKeysDocument, {
    variables: { first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.apiKeys;
  const keys = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageHeader title={t('apiKey.admin.title')} description={t('apiKey.admin.description')} />
      <Paper withBorder p="md">
        <ListState error={!connection && error} loading={!connection} empty={keys.length === 0} emptyText={t('apiKey.admin.empty')} onRetry={() => void refetch()} rows={3}>
          <ApiKeyTable keys={keys} showOwner onRevoke={revoke.ask} />
        </ListState>
        <ConnectionPager connection={connection} pages={pages} loading={loading} />
      </Paper>
      {revoke.dialog}
    </>
  );
}

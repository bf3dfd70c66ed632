import { useState } from 'react';
import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyApiKeysDocument } from '@panorama/schema';
import { ListState } from '../../lib/components/ListState.tsx';
import { ApiKeyTable } from '../api-key/ApiKeyTable.tsx';
import { useRevokeApiKey } from '../api-key/useRevokeApiKey.tsx';
import { NewApiKeyModal } from './NewApiKeyModal.tsx';

/** The viewer's API keys: list, create (the key is shown once), revoke. */
export function ApiKeysSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyApiKeysDocument, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const revoke = useRevokeApiKey();
  const keys = data?.myApiKeys ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="api-keys-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
          <Stack gap={4}>
            <Title order={3} fz="md" id="api-keys-title">{t('apiKey.section.title')}</Title>
            <Text size="sm" c="dimmed">{t('apiKey.section.description')}</Text>
            <Text size="sm" c="dimmed">
              {t('apiKey.section.usage')} <Code>Authorization: Bearer pk_…</Code>
            </Text>
          </Stack>
          <Button leftSection={<IconKey size={16} />} onClick={() => setCreating(true)} style={{ flexShrink: 0 }}>
            {t('apiKey.section.new')}
          </Button>
        </Group>
        <ListState error={!data && error} loading={loading && !data} empty={keys.length === 0} emptyText={t('apiKey.section.empty')} onRetry={() => void refetch()}>
          <ApiKeyTable keys={keys} onRevoke={revoke.ask} />
        </ListState>
      </Stack>
      <NewApiKeyModal opened={creating} onClose={() => setCreating(false)} />
      {revoke.dialog}
    </Paper>
  );
}

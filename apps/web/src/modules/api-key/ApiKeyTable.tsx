import { Button, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKeyItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { ApiKeyScopes } from './ApiKeyScopes.tsx';
import { ApiKeyStatusBadge } from './ApiKeyStatusBadge.tsx';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export type ApiKeyRow = ApiKeyItemFragment & { owner?: { id: string; name: string } };

interface ApiKeyTableProps {
  keys: readonly ApiKeyRow[];
  /** The owner column (the admin page). */
  showOwner?: boolean;
  onRevoke: (key: ApiKeyRow) => void;
}

/** API keys with their prefix, scopes, expiry, last use and status; "Revoke" on live ones. Never the key itself. */
export function ApiKeyTable({ keys, showOwner, onRevoke }: ApiKeyTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={showOwner ? 960 : 820}>
      <Table verticalSpacing="sm" data-testid="api-keys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={180}>{t('apiKey.fields.name')}</Table.Th>
            {showOwner && <Table.Th>{t('apiKey.fields.owner')}</Table.Th>}
            <Table.Th>{t('apiKey.fields.scopes')}</Table.Th>
            <Table.Th>{t('apiKey.fields.expiresAt')}</Table.Th>
            <Table.Th>{t('apiKey.fields.lastUsedAt')}</Table.Th>
            <Table.Th>{t('apiKey.fields.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td>
                <Text size="sm" fw={500}>{key.name}</Text>
                <Code aria-label={t('apiKey.fields.prefix')}>{key.prefix}…</Code>
              </Table.Td>
              {showOwner && <Table.Td><Text size="sm" style={NOWRAP}>{key.owner?.name}</Text></Table.Td>}
              <Table.Td><ApiKeyScopes scopes={key.scopes} /></Table.Td>
              <Table.Td><Text size="sm" style={NOWRAP}>{key.expiresAt ? format.date(key.expiresAt) : t('apiKey.noExpiry')}</Text></Table.Td>
              <Table.Td>
                <Text size="sm" style={NOWRAP} c={key.lastUsedAt ? undefined : 'dimmed'} title={key.lastUsedAt ? format.dateTime(key.lastUsedAt) : undefined}>
                  {key.lastUsedAt ? format.relative(key.lastUsedAt) : t('apiKey.neverUsed')}
                </Text>
              </Table.Td>
              <Table.Td><ApiKeyStatusBadge status={key.status} /></Table.Td>
              <Table.Td ta="right">
                {key.status === 'ACTIVE' && (
                  <Button size="xs" variant="subtle" color="red" aria-label={t('apiKey.revoke.label', { name: key.name })} onClick={() => onRevoke(key)}>
                    {t('apiKey.revoke.button')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

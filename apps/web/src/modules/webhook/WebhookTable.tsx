import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookItemFragment } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { useFormat } from '../../lib/format.ts';
import { EventTypeList } from './EventTypeList.tsx';
import { WebhookStatusBadge } from './WebhookStatusBadge.tsx';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface WebhookTableProps {
  webhooks: readonly WebhookItemFragment[];
  togglingId: string | null;
  onEdit: (webhook: WebhookItemFragment) => void;
  onSetActive: (webhook: WebhookItemFragment, active: boolean) => void;
  onDelete: (webhook: WebhookItemFragment) => void;
}

/** Webhooks with their URL (a link to the delivery log), event types, state, owner and age; edit, turn on / off, delete. */
export function WebhookTable({ webhooks, togglingId, onEdit, onSetActive, onDelete }: WebhookTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" data-testid="webhooks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={240}>{t('webhook.fields.url')}</Table.Th>
            <Table.Th miw={200}>{t('webhook.fields.eventTypes')}</Table.Th>
            <Table.Th miw={160}>{t('webhook.fields.status')}</Table.Th>
            <Table.Th>{t('webhook.fields.owner')}</Table.Th>
            <Table.Th>{t('webhook.fields.createdAt')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {webhooks.map((w) => (
            <Table.Tr key={w.id} data-webhook-id={w.id}>
              <Table.Td maw={360}>
                <AnchorLink to="/admin/webhooks/$id" params={{ id: w.id }} size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {w.url}
                </AnchorLink>
                {w.description && <Text size="xs" c="dimmed">{w.description}</Text>}
              </Table.Td>
              <Table.Td><EventTypeList types={w.eventTypes} /></Table.Td>
              <Table.Td><WebhookStatusBadge webhook={w} withReason /></Table.Td>
              <Table.Td><Text size="sm" style={NOWRAP}>{w.owner.name}</Text></Table.Td>
              <Table.Td><Text size="sm" style={NOWRAP}>{format.date(w.createdAt)}</Text></Table.Td>
              <Table.Td ta="right">
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="subtle" aria-label={t('webhook.actions.editLabel', { url: w.url })} onClick={() => onEdit(w)}>
                    {t('webhook.actions.edit')}
                  </Button>
                  <Button size="xs" variant="subtle" color={w.active ? 'gray' : 'teal'} loading={togglingId === w.id} onClick={() => onSetActive(w, !w.active)}>
                    {w.active ? t('webhook.actions.turnOff') : t('webhook.actions.turnOn')}
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => onDelete(w)}>
                    {t('webhook.actions.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Fragment, useState } from 'react';
import { ActionIcon, Button, Code, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { DeliveryStatusBadge } from './DeliveryStatusBadge.tsx';
import { WebhookDeliveryDetail } from './WebhookDeliveryDetail.tsx';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const COLUMNS = 11;

interface WebhookDeliveryTableProps {
  deliveries: readonly WebhookDeliveryItemFragment[];
  replayingId: string | null;
  onReplay: (id: string) => void;
}

/** Deliveries with where each stands; a row expands to its attempts and payload. */
export function WebhookDeliveryTable({ deliveries, replayingId, onReplay }: WebhookDeliveryTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const dash = t('webhook.delivery.none');

  return (
    <Table.ScrollContainer minWidth={1240}>
      <Table verticalSpacing="xs" data-testid="webhook-deliveries">
        <Table.Thead>
          <Table.Tr style={NOWRAP}>
            <Table.Th w={36} />
            <Table.Th>{t('webhook.delivery.fields.status')}</Table.Th>
            <Table.Th>{t('webhook.delivery.fields.eventType')}</Table.Th>
            <Table.Th>{t('webhook.delivery.fields.entityId')}</Table.Th>
            <Table.Th ta="right">{t('webhook.delivery.fields.attempts')}</Table.Th>
            <Table.Th ta="right">{t('webhook.delivery.fields.lastStatusCode')}</Table.Th>
            <Table.Th ta="right">{t('webhook.delivery.fields.lastDurationMs')}</Table.Th>
            <Table.Th miw={180}>{t('webhook.delivery.fields.lastError')}</Table.Th>
            <Table.Th>{t('webhook.delivery.fields.nextAttemptAt')}</Table.Th>
            <Table.Th>{t('webhook.delivery.fields.deliveredAt')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((d) => {
            const expanded = open.has(d.id);
            const detailId = `delivery-${d.id}`;
            return (
              <Fragment key={d.id}>
                <Table.Tr data-delivery-id={d.id} data-status={d.status}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailId : undefined}
                      aria-label={t(expanded ? 'webhook.delivery.collapse' : 'webhook.delivery.expand', { id: d.eventId })}
                      onClick={() => toggle(d.id)}
                    >
                      {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td><DeliveryStatusBadge status={d.status} /></Table.Td>
                  <Table.Td><Code>{d.eventType}</Code></Table.Td>
                  <Table.Td><Text size="xs" ff="monospace" style={NOWRAP}>{d.entityId}</Text></Table.Td>
                  <Table.Td ta="right"><Text size="sm">{d.attempts}</Text></Table.Td>
                  <Table.Td ta="right"><Text size="sm" c={d.lastStatusCode && d.lastStatusCode >= 300 ? 'red' : undefined}>{d.lastStatusCode ?? dash}</Text></Table.Td>
                  <Table.Td ta="right"><Text size="sm" style={NOWRAP}>{d.lastDurationMs == null ? dash : t('webhook.delivery.ms', { ms: format.number(d.lastDurationMs) })}</Text></Table.Td>
                  <Table.Td><Text size="sm" c={d.lastError ? 'red' : 'dimmed'} lineClamp={2} style={{ wordBreak: 'break-word' }} title={d.lastError ?? undefined}>{d.lastError ?? dash}</Text></Table.Td>
                  <Table.Td><Text size="sm" style={NOWRAP}>{d.status === 'PENDING' ? format.dateTime(d.nextAttemptAt) : dash}</Text></Table.Td>
                  <Table.Td><Text size="sm" style={NOWRAP}>{format.dateTime(d.deliveredAt)}</Text></Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      loading={replayingId === d.id}
                      aria-label={t('webhook.delivery.replayLabel', { type: d.eventType, id: d.eventId })}
                      onClick={() => onReplay(d.id)}
                    >
                      {t('webhook.delivery.replay')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailId}>
                    <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-default-hover)">
                      <WebhookDeliveryDetail delivery={d} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { prettyJson } from './prettyJson.ts';

/** One delivery opened up: its event id (the webhook-id header), its attempts, newest first, and the JSON sent. */
export function WebhookDeliveryDetail({ delivery }: { delivery: WebhookDeliveryItemFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" py="xs" data-testid="delivery-detail">
      <Group gap="xs">
        <Text size="sm" c="dimmed">{t('webhook.delivery.fields.eventId')}</Text>
        <Code data-testid="delivery-event-id">{delivery.eventId}</Code>
        <Text size="sm" c="dimmed">· {t('webhook.delivery.fields.createdAt')} {format.dateTime(delivery.createdAt)}</Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>{t('webhook.delivery.attemptLog')}</Text>
          {delivery.attemptLog.length === 0 ? (
            <Text size="sm" c="dimmed">{t('webhook.delivery.noAttempts')}</Text>
          ) : (
            <Table verticalSpacing={4} fz="sm" data-testid="delivery-attempts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhook.delivery.attemptAt')}</Table.Th>
                  <Table.Th ta="right">{t('webhook.delivery.fields.lastStatusCode')}</Table.Th>
                  <Table.Th ta="right">{t('webhook.delivery.fields.lastDurationMs')}</Table.Th>
                  <Table.Th>{t('webhook.delivery.fields.lastError')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {delivery.attemptLog.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(a.at)}</Table.Td>
                    <Table.Td ta="right">{a.statusCode ?? t('webhook.delivery.noAnswer')}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{t('webhook.delivery.ms', { ms: format.number(a.durationMs) })}</Table.Td>
                    <Table.Td c={a.error ? 'red' : 'dimmed'} style={{ wordBreak: 'break-word' }}>{a.error ?? t('webhook.delivery.none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>{t('webhook.delivery.payload')}</Text>
          <Code block mah={360} style={{ overflow: 'auto' }} data-testid="delivery-payload" tabIndex={0}>
            {prettyJson(delivery.payload)}
          </Code>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

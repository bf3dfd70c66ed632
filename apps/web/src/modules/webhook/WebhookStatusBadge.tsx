import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';

/** Active, or turned off with when and why (by a person, or automatically after a day of failures). */
export function WebhookStatusBadge({ webhook, withReason }: { webhook: WebhookItemFragment; withReason?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const badge = (
    <Badge variant="light" color={webhook.active ? 'teal' : 'gray'} data-testid="webhook-status">
      {webhook.active ? t('webhook.status.active') : t('webhook.status.disabled')}
    </Badge>
  );
  if (webhook.active || !withReason) return badge;
  return (
    <Stack gap={2} align="flex-start">
      {badge}
      {webhook.disabledAt && <Text size="xs" c="dimmed">{t('webhook.disabledSince', { date: format.dateTime(webhook.disabledAt) })}</Text>}
      {/* the server's sentence (who turned it off, or the last error after a day of failures) */}
      {webhook.disabledReason && <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }} data-testid="webhook-disabled-reason">{webhook.disabledReason}</Text>}
    </Stack>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryStatus } from '@panorama/schema';

const COLORS: Record<WebhookDeliveryStatus, string> = { PENDING: 'blue', SUCCEEDED: 'teal', FAILED: 'red' };

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} data-status={status}>
      {t(`webhook.delivery.status.${status}`)}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@panorama/schema';

const COLORS: Record<OrderStatus, string> = { CONFIRMED: 'blue', FULFILLED: 'teal', CANCELLED: 'gray' };

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]} variant="light">{t(`order.status.${status}`)}</Badge>;
}

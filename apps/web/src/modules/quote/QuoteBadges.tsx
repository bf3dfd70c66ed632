import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '@panorama/schema';

const COLORS: Record<QuoteStatus, string> = { DRAFT: 'gray', SENT: 'blue', ACCEPTED: 'teal', REJECTED: 'red', EXPIRED: 'orange' };

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]} variant="light">{t(`quote.status.${status}`)}</Badge>;
}

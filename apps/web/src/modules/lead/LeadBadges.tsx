import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadSource, LeadStatus } from '@panorama/schema';
import { LEAD_STATUS_COLORS } from './leadEnums.ts';

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={LEAD_STATUS_COLORS[status]} variant={status === 'CONVERTED' ? 'filled' : 'light'} style={{ flexShrink: 0 }}>
      {t(`lead.status.${status}`)}
    </Badge>
  );
}

export function LeadSourceBadge({ source }: { source: LeadSource }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" style={{ flexShrink: 0 }}>
      {t(`lead.source.${source}`)}
    </Badge>
  );
}

export function LeadPoolBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="yellow" variant="light" style={{ flexShrink: 0 }}>
      {t('lead.pool')}
    </Badge>
  );
}

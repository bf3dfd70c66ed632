import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKeyStatus } from '@panorama/schema';

const COLORS: Record<ApiKeyStatus, string> = { ACTIVE: 'teal', EXPIRED: 'gray', REVOKED: 'red', OWNER_INACTIVE: 'orange' };

export function ApiKeyStatusBadge({ status }: { status: ApiKeyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`apiKey.status.${status}`)}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Active / archived. */
export function ProductStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={active ? 'teal' : 'gray'}>
      {active ? t('product.status.active') : t('product.status.archived')}
    </Badge>
  );
}

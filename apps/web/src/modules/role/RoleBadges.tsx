import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Built-in" and staff/partner, next to a role's name. */
export function RoleBadges({ role }: { role: { key?: string | null; forPartners: boolean } }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      {role.key && <Badge variant="light" color="gray" size="sm">{t('role.builtIn')}</Badge>}
      <Badge variant="outline" color={role.forPartners ? 'orange' : 'indigo'} size="sm">
        {role.forPartners ? t('role.kinds.partner') : t('role.kinds.staff')}
      </Badge>
    </Group>
  );
}

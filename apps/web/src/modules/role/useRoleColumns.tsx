import { useMemo } from 'react';
import { ActionIcon, Group, Menu, Stack, Text } from '@mantine/core';
import { IconDots, IconEdit, IconEye, IconTrash } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { RoleItemFragment } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { useFormat } from '../../lib/format.ts';
import { RoleBadges } from './RoleBadges.tsx';
import { useRoleDescription, useRoleLabel } from './useRoleLabel.ts';

export interface RoleRowActions {
  edit: (role: RoleItemFragment) => void;
  delete: (role: RoleItemFragment) => void;
}

/** Columns of the roles list: name (a link to the editor) with its badges and description, holders, permissions. */
export function useRoleColumns(actions: RoleRowActions): DataTableColumn<RoleItemFragment>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const roleDescription = useRoleDescription();
  return useMemo(
    () => [
      {
        accessor: 'name',
        title: t('role.fields.name'),
        render: (r) => (
          <Stack gap={2} miw={180}>
            <Group gap="xs" wrap="wrap">
              <AnchorLink to="/admin/roles/$id" params={{ id: r.id }} size="sm" fw={600}>{roleLabel(r)}</AnchorLink>
              <RoleBadges role={r} />
            </Group>
            {roleDescription(r) && <Text size="xs" c="dimmed" lineClamp={2}>{roleDescription(r)}</Text>}
          </Stack>
        ),
      },
      {
        accessor: 'userCount',
        title: t('role.fields.userCount'),
        textAlign: 'right',
        noWrap: true,
        render: (r) => format.number(r.userCount),
      },
      {
        accessor: 'permissions',
        title: t('role.fields.permissions'),
        textAlign: 'right',
        noWrap: true,
        visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
        render: (r) => t('role.permissionCount', { count: r.permissions.length }),
      },
      {
        accessor: 'updatedAt',
        title: t('role.fields.updatedAt'),
        noWrap: true,
        visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
        render: (r) => format.dateTime(r.updatedAt),
      },
      {
        accessor: 'actions',
        title: '',
        textAlign: 'right',
        width: 56,
        render: (r) => (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('role.actionsFor', { name: roleLabel(r) })}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {r.key === 'ADMIN' ? (
                <Menu.Item leftSection={<IconEye size={14} />} onClick={() => actions.edit(r)}>{t('role.view')}</Menu.Item>
              ) : (
                <Menu.Item leftSection={<IconEdit size={14} />} onClick={() => actions.edit(r)}>{t('common.edit')}</Menu.Item>
              )}
              <Menu.Divider />
              {r.key ? (
                <Menu.Item leftSection={<IconTrash size={14} />} disabled>
                  <Stack gap={0}>
                    <span>{t('common.delete')}</span>
                    <Text size="xs" c="dimmed">{t('role.deleteReason.BUILT_IN')}</Text>
                  </Stack>
                </Menu.Item>
              ) : (
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => actions.delete(r)}>{t('common.delete')}</Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        ),
      },
    ],
    [t, format, roleLabel, roleDescription, actions],
  );
}

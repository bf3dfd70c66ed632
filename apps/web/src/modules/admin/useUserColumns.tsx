import { useMemo } from 'react';
import { ActionIcon, Badge, Menu, Stack, Text } from '@mantine/core';
import { IconDots, IconEdit, IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { AdminUserFragment } from '@panorama/schema';
import { ROLE_COLORS, ROLES, isOneOf } from '../../lib/enums.ts';
import { useFormat } from '../../lib/format.ts';
import { useRoleLabel } from '../role/useRoleLabel.ts';

export interface UserRowActions {
  edit: (user: AdminUserFragment) => void;
  resetPassword: (user: AdminUserFragment) => void;
  deactivate: (user: AdminUserFragment) => void;
  reactivate: (user: AdminUserFragment) => void;
}

export function useUserColumns(actions: UserRowActions, defaultClaimLimit: number | undefined): DataTableColumn<AdminUserFragment>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  return useMemo(
    () => [
      {
        accessor: 'name',
        title: t('admin.users.fields.name'),
        render: (u) => (
          <Stack gap={0}>
            <Text size="sm" fw={500}>{u.name}</Text>
            <Text size="xs" c="dimmed">{u.email}</Text>
          </Stack>
        ),
      },
      {
        accessor: 'role',
        title: t('role.userForm.accessRole'),
        // the role whose permissions apply; its user type below it when that is not the same role
        render: (u) => {
          const kind = u.role ? t(`enums.role.${u.role}`) : null;
          const role = u.accessRole;
          if (!role) return u.role ? <Badge variant="light" color={ROLE_COLORS[u.role]}>{kind}</Badge> : '—';
          return (
            <Stack gap={2} align="flex-start">
              <Badge variant="light" color={isOneOf(ROLES, role.key) ? ROLE_COLORS[role.key] : 'grape'} tt="none">{roleLabel(role)}</Badge>
              {kind && role.key !== u.role && <Text size="xs" c="dimmed">{t('role.userForm.kindNote', { kind })}</Text>}
            </Stack>
          );
        },
      },
      { accessor: 'department', title: t('admin.users.fields.department'), render: (u) => u.department?.name ?? '—' },
      {
        accessor: 'active',
        title: t('admin.users.fields.status'),
        render: (u) => {
          if (!u.active) return <Badge color="gray" variant="filled">{t('admin.users.status.inactive')}</Badge>;
          if (u.lockedUntil && new Date(u.lockedUntil) > new Date()) {
            return <Badge color="orange" variant="light">{t('admin.users.status.locked')}</Badge>;
          }
          return <Badge color="teal" variant="light">{t('admin.users.status.active')}</Badge>;
        },
      },
      {
        accessor: 'claimLimit',
        title: t('admin.users.fields.claimLimit'),
        render: (u) =>
          u.claimLimit ?? (
            <Text size="sm" c="dimmed">
              {t('admin.users.defaultLimit', { limit: defaultClaimLimit ?? '—' })}
            </Text>
          ),
      },
      { accessor: 'lastLoginAt', title: t('admin.users.fields.lastLoginAt'), render: (u) => format.dateTime(u.lastLoginAt) },
      {
        accessor: 'actions',
        title: '',
        textAlign: 'right',
        render: (u) => (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('admin.users.actionsFor', { name: u.name })}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconEdit size={14} />} onClick={() => actions.edit(u)}>{t('common.edit')}</Menu.Item>
              <Menu.Item leftSection={<IconKey size={14} />} onClick={() => actions.resetPassword(u)}>{t('admin.users.resetPassword')}</Menu.Item>
              <Menu.Divider />
              {u.active ? (
                <Menu.Item color="red" leftSection={<IconUserOff size={14} />} onClick={() => actions.deactivate(u)}>
                  {t('admin.users.deactivate')}
                </Menu.Item>
              ) : (
                <Menu.Item leftSection={<IconUserCheck size={14} />} onClick={() => actions.reactivate(u)}>
                  {t('admin.users.reactivate')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        ),
      },
    ],
    [t, format, roleLabel, actions, defaultClaimLimit],
  );
}

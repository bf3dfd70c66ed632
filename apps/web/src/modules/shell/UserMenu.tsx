import { Avatar, Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ROLE_COLORS } from '../../lib/enums.ts';
import { useSignOut } from '../auth/useSignOut.ts';
import { useViewer } from '../auth/useViewer.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useViewer();
  const signOut = useSignOut();
  if (!user) return null;
  const initials = user.name.trim().slice(0, 1).toUpperCase();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu')} data-testid="user-menu" px="xs" py={4} style={{ borderRadius: 8 }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar size={30} radius="xl" color="indigo">
              {initials}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {user.name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.signedInAs')}</Menu.Label>
        <div style={{ padding: '4px 12px 8px' }}>
          <Text size="sm" fw={600}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email}
          </Text>
          {user.role && (
            <Badge mt={6} size="sm" variant="light" color={ROLE_COLORS[user.role]}>
              {t(`enums.role.${user.role}`)}
            </Badge>
          )}
        </div>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconShieldLock size={16} />}>
          {t('account.menu')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { IconAperture } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppNavbar } from './AppNavbar.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';
import { RemindersBell } from '../activity/RemindersBell.tsx';
import { useViewerLocale } from './useViewerLocale.ts';

/** The signed-in frame: header (brand, language, user menu), navigation, page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  useViewerLocale();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
      styles={{ main: { background: 'var(--mantine-color-gray-0)' } }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <AnchorLink to="/customers" underline="never" c="inherit" aria-label={t('app.name')}>
              <Group gap={8} wrap="nowrap">
              <ThemeIcon size={30} radius="md" variant="gradient" gradient={{ from: 'indigo', to: 'cyan', deg: 135 }}>
                <IconAperture size={18} />
              </ThemeIcon>
              <Text fw={700} size="lg">
                {t('app.name')}
              </Text>
              </Group>
            </AnchorLink>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <RemindersBell />
            <LanguageSwitch signedIn />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <AppNavbar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1440, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

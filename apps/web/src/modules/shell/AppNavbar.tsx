import type { ReactNode } from 'react';
import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link, useLocation } from '@tanstack/react-router';
import {
  IconAddressBook, IconBuildingCommunity, IconBuildingSkyscraper, IconHistory, IconSitemap, IconUsers, IconShieldLock,
  IconLayoutKanban, IconStairsUp, IconTargetArrow,
  IconChartInfographic, IconCurrencyYuan, IconTarget,
  IconUserSearch, IconArrowsSplit, IconCalendar,
  IconFileCertificate,
  IconPackage, IconTags,
  IconMap2,
  IconCoins, IconReceipt2,
  IconFileInvoice, IconShoppingCart, IconKey, IconClockPlay, IconWebhook,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useViewer, type Permission } from '../auth/useViewer.ts';

interface Item {
  to: '/customers' | '/contacts' | '/pool' | '/admin/users' | '/admin/roles' | '/admin/departments' | '/admin/audit'
    | '/opportunities' | '/opportunities/board' | '/admin/pipeline'
    | '/dashboard' | '/admin/currencies' | '/admin/targets'
    | '/leads' | '/admin/lead-assignment' | '/calendar'
    | '/contracts'
    | '/products' | '/admin/price-books'
    | '/admin/territories'
    | '/commissions' | '/admin/commissions'
    | '/quotes' | '/orders'
    | '/admin/api-keys' | '/admin/jobs' | '/admin/webhooks';
  label: string;
  icon: ReactNode;
  permission: Permission;
}

/** Main navigation; admin items appear only for roles that have their permission. */
export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const { pathname } = useLocation();

  const main: Item[] = [
    { to: '/dashboard', label: t('dashboard.nav'), icon: <IconChartInfographic size={18} />, permission: 'analytics:sales' },
    { to: '/customers', label: t('nav.customers'), icon: <IconBuildingSkyscraper size={18} />, permission: 'customer:read' },
    { to: '/contacts', label: t('nav.contacts'), icon: <IconAddressBook size={18} />, permission: 'contact:read' },
    { to: '/pool', label: t('nav.pool'), icon: <IconBuildingCommunity size={18} />, permission: 'customer:claim' },
    { to: '/leads', label: t('nav.leads'), icon: <IconUserSearch size={18} />, permission: 'lead:read' },
    { to: '/opportunities', label: t('opportunity.nav.list'), icon: <IconTargetArrow size={18} />, permission: 'opportunity:read' },
    { to: '/opportunities/board', label: t('opportunity.nav.board'), icon: <IconLayoutKanban size={18} />, permission: 'opportunity:read' },
    { to: '/calendar', label: t('activity.nav'), icon: <IconCalendar size={18} />, permission: 'activity:read' },
    { to: '/quotes', label: t('quote.nav'), icon: <IconFileInvoice size={18} />, permission: 'quote:read' },
    { to: '/orders', label: t('order.nav'), icon: <IconShoppingCart size={18} />, permission: 'order:read' },
    { to: '/contracts', label: t('contract.nav'), icon: <IconFileCertificate size={18} />, permission: 'contract:read' },
    { to: '/products', label: t('product.nav'), icon: <IconPackage size={18} />, permission: 'product:read' },
    { to: '/commissions', label: t('commission.nav'), icon: <IconCoins size={18} />, permission: 'commission:read' },
  ];
  const admin: Item[] = [
    { to: '/admin/users', label: t('nav.users'), icon: <IconUsers size={18} />, permission: 'admin:users' },
    { to: '/admin/roles', label: t('role.nav'), icon: <IconShieldLock size={18} />, permission: 'admin:users' },
    { to: '/admin/departments', label: t('nav.departments'), icon: <IconSitemap size={18} />, permission: 'admin:departments' },
    { to: '/admin/pipeline', label: t('pipeline.nav'), icon: <IconStairsUp size={18} />, permission: 'admin:sales' },
    { to: '/admin/lead-assignment', label: t('nav.leadAssignment'), icon: <IconArrowsSplit size={18} />, permission: 'admin:sales' },
    { to: '/admin/territories', label: t('territory.nav'), icon: <IconMap2 size={18} />, permission: 'admin:sales' },
    { to: '/admin/currencies', label: t('currency.nav'), icon: <IconCurrencyYuan size={18} />, permission: 'admin:sales' },
    { to: '/admin/targets', label: t('target.nav'), icon: <IconTarget size={18} />, permission: 'target:manage' },
    { to: '/admin/price-books', label: t('product.priceBooks.nav'), icon: <IconTags size={18} />, permission: 'product:manage' },
    { to: '/admin/commissions', label: t('commission.adminNav'), icon: <IconReceipt2 size={18} />, permission: 'commission:manage' },
    { to: '/admin/api-keys', label: t('apiKey.nav'), icon: <IconKey size={18} />, permission: 'admin:users' },
    { to: '/admin/audit', label: t('nav.audit'), icon: <IconHistory size={18} />, permission: 'audit:read' },
    { to: '/admin/jobs', label: t('job.nav'), icon: <IconClockPlay size={18} />, permission: 'job:manage' },
    { to: '/admin/webhooks', label: t('webhook.nav'), icon: <IconWebhook size={18} />, permission: 'webhook:manage' },
  ];
  const visibleAdmin = admin.filter((item) => can(item.permission));

  const render = (item: Item) => {
    // the most specific item wins (/opportunities/board is not also /opportunities)
    const deeper = [...main, ...admin].some((other) => other.to.startsWith(`${item.to}/`) && (pathname === other.to || pathname.startsWith(`${other.to}/`)));
    const active = pathname === item.to || (pathname.startsWith(`${item.to}/`) && !deeper);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={item.label}
        leftSection={item.icon}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
        variant="light"
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    );
  };

  return (
    <ScrollArea type="scroll" p="sm">
      <nav aria-label={t('nav.main')}>
        <Stack gap={2}>{main.filter((item) => can(item.permission)).map(render)}</Stack>
        {visibleAdmin.length > 0 && (
          <>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="lg" mb={6} px="sm">
              {t('nav.admin')}
            </Text>
            <Stack gap={2}>{visibleAdmin.map(render)}</Stack>
          </>
        )}
      </nav>
    </ScrollArea>
  );
}

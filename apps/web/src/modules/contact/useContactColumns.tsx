import { useMemo } from 'react';
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { ContactListItemFragment } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { useFormat } from '../../lib/format.ts';
import { DeletedBadge } from '../customer/CustomerBadges.tsx';
import { DoNotContactBadges } from './DoNotContactBadges.tsx';

export function useContactColumns(): DataTableColumn<ContactListItemFragment>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(
    () => [
      {
        accessor: 'name',
        title: t('contact.fields.name'),
        sortable: true,
        render: (c) => (
          <Stack gap={0}>
            <Group gap={6} wrap="nowrap">
              <AnchorLink to="/contacts/$id" params={{ id: c.id }} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
                {c.name}
              </AnchorLink>
              {c.isPrimary && <Badge size="xs" variant="light">{t('contact.fields.isPrimary')}</Badge>}
              {c.deletedAt && <DeletedBadge />}
            </Group>
            {c.title && <Text size="xs" c="dimmed">{c.title}</Text>}
          </Stack>
        ),
      },
      {
        accessor: 'customer',
        title: t('contact.fields.customer'),
        render: (c) => (
          <AnchorLink to="/customers/$id" params={{ id: c.customer.id }} size="sm" onClick={(e) => e.stopPropagation()}>
            {c.customer.name}
          </AnchorLink>
        ),
      },
      { accessor: 'email', title: t('contact.fields.email'), render: (c) => c.email ?? '—' },
      { accessor: 'phone', title: t('contact.fields.phone'), render: (c) => c.mobile ?? c.phone ?? '—' },
      {
        accessor: 'preferredChannel',
        title: t('contact.fields.preferredChannel'),
        render: (c) => (c.preferredChannel ? t(`enums.channel.${c.preferredChannel}`) : '—'),
      },
      { accessor: 'flags', title: t('contact.fields.flags'), render: (c) => <DoNotContactBadges contact={c} /> },
      { accessor: 'createdAt', title: t('common.createdAt'), sortable: true, render: (c) => format.date(c.createdAt) },
    ],
    [t, format],
  );
}

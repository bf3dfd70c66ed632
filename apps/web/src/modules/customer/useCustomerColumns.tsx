import { useMemo } from 'react';
import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconBuilding, IconUser } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import type { CustomerListItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { DeletedBadge, PoolBadge, StageBadge, TierBadge } from './CustomerBadges.tsx';

/** Columns of the customer tables (list and pool). Sortable accessors map to `CustomerSortField`. */
export function useCustomerColumns(): DataTableColumn<CustomerListItemFragment>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(
    () => [
      {
        accessor: 'name',
        title: t('customer.fields.name'),
        sortable: true,
        render: (c) => (
          <Group gap="sm" wrap="nowrap">
            {c.kind === 'PERSON' ? <IconUser size={16} color="gray" /> : <IconBuilding size={16} color="gray" />}
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap={6} wrap="nowrap">
                <AnchorLink
                  to="/customers/$id"
                  params={{ id: c.id }}
                  fw={500}
                  size="sm"
                  onClick={(e) => e.stopPropagation()}
                >
                  {c.name}
                </AnchorLink>
                {c.deletedAt && <DeletedBadge />}
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {[c.phone, c.email].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
          </Group>
        ),
      },
      { accessor: 'lifecycleStage', title: t('customer.fields.lifecycleStage'), noWrap: true, render: (c) => <StageBadge stage={c.lifecycleStage} /> },
      { accessor: 'tier', title: t('customer.fields.tier'), noWrap: true, render: (c) => <TierBadge tier={c.tier} /> },
      {
        accessor: 'owner',
        title: t('customer.fields.owner'),
        render: (c) => (c.inPool || !c.owner ? <PoolBadge /> : <Text size="sm">{c.owner.name}</Text>),
      },
      { accessor: 'industry', title: t('customer.fields.industry'), render: (c) => c.industry ?? '—' },
      {
        accessor: 'lastActivityAt',
        title: t('customer.fields.lastActivityAt'),
        sortable: true,
        render: (c) => (
          <Tooltip label={format.dateTime(c.lastActivityAt)} openDelay={400}>
            <Text size="sm">{format.relative(c.lastActivityAt)}</Text>
          </Tooltip>
        ),
      },
      { accessor: 'createdAt', title: t('common.createdAt'), sortable: true, noWrap: true, render: (c) => format.date(c.createdAt) },
      { accessor: 'updatedAt', title: t('common.updatedAt'), sortable: true, noWrap: true, render: (c) => format.date(c.updatedAt) },
    ],
    [t, format],
  );
}

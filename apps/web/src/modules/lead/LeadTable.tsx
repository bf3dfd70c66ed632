import { useMemo } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { LeadListItemFragment, LeadSortField } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { ServerTable } from '../../lib/components/ServerTable.tsx';
import { useFormat } from '../../lib/format.ts';
import { DeletedBadge } from '../customer/CustomerBadges.tsx';
import { LeadPoolBadge, LeadSourceBadge, LeadStatusBadge } from './LeadBadges.tsx';
import type { LeadSearch } from './leadSearch.ts';
import type { useLeadList } from './useLeadList.ts';

const SORT_ACCESSORS: Record<LeadSortField, string> = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' };

interface LeadTableProps {
  list: ReturnType<typeof useLeadList>;
  search: LeadSearch;
  onSearchChange: (patch: Partial<LeadSearch>) => void;
  emptyText: string;
}

/** Server-sorted, cursor-paged lead table; a row opens the lead. */
export function LeadTable({ list, search, onSearchChange, emptyText }: LeadTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const columns = useMemo<DataTableColumn<LeadListItemFragment>[]>(
    () => [
      {
        accessor: 'name',
        title: t('lead.fields.name'),
        sortable: true,
        render: (l) => (
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              <AnchorLink to="/leads/$id" params={{ id: l.id }} fw={500} size="sm" onClick={(e) => e.stopPropagation()}>
                {l.name}
              </AnchorLink>
              {l.deletedAt && <DeletedBadge />}
            </Group>
            <Text size="xs" c="dimmed" truncate>
              {[l.phone, l.email].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
        ),
      },
      {
        accessor: 'company',
        title: t('lead.fields.company'),
        render: (l) => (
          <Stack gap={0}>
            <Text size="sm">{l.company ?? '—'}</Text>
            {l.title && <Text size="xs" c="dimmed">{l.title}</Text>}
          </Stack>
        ),
      },
      { accessor: 'status', title: t('lead.fields.status'), noWrap: true, render: (l) => <LeadStatusBadge status={l.status} /> },
      { accessor: 'source', title: t('lead.fields.source'), noWrap: true, render: (l) => <LeadSourceBadge source={l.source} /> },
      { accessor: 'owner', title: t('lead.fields.owner'), render: (l) => (l.owner ? <Text size="sm">{l.owner.name}</Text> : <LeadPoolBadge />) },
      { accessor: 'createdAt', title: t('lead.fields.createdAt'), sortable: true, noWrap: true, render: (l) => format.date(l.createdAt) },
      { accessor: 'updatedAt', title: t('common.updatedAt'), sortable: true, noWrap: true, render: (l) => format.date(l.updatedAt) },
    ],
    [t, format],
  );
  return (
    <ServerTable<LeadListItemFragment, LeadSortField>
      list={list}
      columns={columns}
      sortAccessors={SORT_ACCESSORS}
      sort={search.sort}
      dir={search.dir}
      defaultSort="CREATED_AT"
      onSortChange={(sort, dir) => onSearchChange({ sort, dir })}
      emptyText={emptyText}
      onRowClick={(record) => void navigate({ to: '/leads/$id', params: { id: record.id } })}
    />
  );
}

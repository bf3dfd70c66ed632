import { Group, Select, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconSearch } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { OrdersDocument, type OrderListItemFragment, type OrderSortField } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { ServerTable } from '../../lib/components/ServerTable.tsx';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { useDebouncedParam } from '../../lib/useDebouncedParam.ts';
import { useFormat } from '../../lib/format.ts';
import { OrderStatusBadge } from './OrderBadges.tsx';
import { ORDER_STATUSES, toOrderFilter, toOrderOrder, type OrderSearch } from './orderSearch.ts';
import { ExportButton } from '../../lib/components/ExportButton.tsx';
import { useViewer } from '../auth/useViewer.ts';

const SORT_ACCESSORS: Record<OrderSortField, string> = { NUMBER: 'number', ORDER_DATE: 'orderDate', CREATED_AT: 'createdAt', TOTAL: 'total' };

interface Props {
  search: OrderSearch;
  onSearchChange: (patch: Partial<OrderSearch>) => void;
}

/** Sales orders of the deals the viewer may see. */
export function OrdersPage({ search, onSearchChange }: Props) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const format = useFormat();
  const navigate = useNavigate();
  const filter = toOrderFilter(search);
  const orderBy = toOrderOrder(search);
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const query = useQuery(OrdersDocument, { variables: { first: 25, after: pages.after, filter, orderBy }, notifyOnNetworkStatusChange: true });
  const connection = (query.data ?? query.previousData)?.orders;
  const [text, setText] = useDebouncedParam(search.q, (q) => onSearchChange({ q }));

  const columns: DataTableColumn<OrderListItemFragment>[] = [
    {
      accessor: 'number', title: t('order.fields.number'), sortable: true, noWrap: true,
      render: (o) => <AnchorLink to="/orders/$id" params={{ id: o.id }} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>{o.number}</AnchorLink>,
    },
    { accessor: 'customer', title: t('order.fields.customer'), render: (o) => <Text size="sm" truncate maw={260}>{o.customer?.name ?? '—'}</Text> },
    { accessor: 'status', title: t('order.fields.status'), render: (o) => <OrderStatusBadge status={o.status} /> },
    {
      accessor: 'total', title: t('order.fields.total'), sortable: true, textAlign: 'right',
      render: (o) => <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(o.total.amount, o.total.currency)}</Text>,
    },
    { accessor: 'orderDate', title: t('order.fields.orderDate'), sortable: true, noWrap: true, render: (o) => format.date(`${o.orderDate}T00:00:00`) },
    { accessor: 'owner', title: t('order.fields.owner'), noWrap: true, render: (o) => o.owner?.name ?? '—' },
    { accessor: 'createdAt', title: t('common.createdAt'), sortable: true, noWrap: true, render: (o) => format.relative(o.createdAt) },
  ];

  return (
    <>
      <PageHeader
        title={t('order.listTitle')}
        description={t('order.listDescription')}
        actions={can('order:export') && <ExportButton list="orders" args={{ filter, orderBy }} />}
      />
      <Group gap="sm" mb="md" wrap="wrap">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('order.filters.search')}
          aria-label={t('order.filters.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={260}
        />
        <Select
          placeholder={t('order.filters.status')}
          aria-label={t('order.filters.status')}
          data={ORDER_STATUSES.map((s) => ({ value: s, label: t(`order.status.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => onSearchChange({ status: (value as OrderSearch['status']) ?? undefined })}
          clearable
          w={180}
        />
      </Group>
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ServerTable<OrderListItemFragment, OrderSortField>
        list={{ records: connection?.edges.map((e) => e.node) ?? [], totalCount: connection?.totalCount, pageInfo: connection?.pageInfo, loading: query.loading, pages }}
        columns={columns}
        sortAccessors={SORT_ACCESSORS}
        sort={search.sort}
        dir={search.dir}
        defaultSort="ORDER_DATE"
        onSortChange={(sort, dir) => onSearchChange({ sort, dir })}
        emptyText={search.q || search.status ? t('order.emptyFiltered') : t('order.empty')}
        onRowClick={(o) => void navigate({ to: '/orders/$id', params: { id: o.id } })}
      />
    </>
  );
}

import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { OrdersDocument } from '@panorama/schema';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { OrderStatusBadge } from './OrderBadges.tsx';

/** The customer's sales orders the viewer may see (customer 360), newest first. */
export function CustomerOrders({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(OrdersDocument, {
    variables: { first: 20, filter: { customerId }, orderBy: { field: 'ORDER_DATE', direction: 'DESC' } },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.orders;
  const records = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder p="lg" data-testid="customer-orders">
      <Group gap="xs" mb="md">
        <Title order={3} fz="md">{t('order.section.title')}</Title>
        {connection && <Badge variant="light" color="gray">{connection.totalCount}</Badge>}
      </Group>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <DataTable
        withTableBorder={false}
        highlightOnHover
        className="clickable-rows"
        minHeight={records.length ? undefined : 120}
        records={records}
        fetching={loading && !data}
        noRecordsText={t('order.section.empty')}
        idAccessor="id"
        onRowClick={({ record }) => void navigate({ to: '/orders/$id', params: { id: record.id } })}
        columns={[
          { accessor: 'number', title: t('order.fields.number'), noWrap: true },
          { accessor: 'status', title: t('order.fields.status'), render: (o) => <OrderStatusBadge status={o.status} /> },
          {
            accessor: 'total', title: t('order.fields.total'), textAlign: 'right',
            render: (o) => <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(o.total.amount, o.total.currency)}</Text>,
          },
          { accessor: 'orderDate', title: t('order.fields.orderDate'), noWrap: true, render: (o) => format.date(`${o.orderDate}T00:00:00`) },
        ]}
      />
    </Paper>
  );
}

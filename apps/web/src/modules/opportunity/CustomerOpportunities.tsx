import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { CustomerOpportunitiesDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { useViewer } from '../auth/useViewer.ts';
import { StageBadge } from './OpportunityBadges.tsx';

/** The customer's deals the viewer may see (customer 360), with "New opportunity" prefilled. */
export function CustomerOpportunities({ customerId, deleted }: { customerId: string; deleted: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const { can } = useViewer();
  const { data, loading, error, refetch } = useQuery(CustomerOpportunitiesDocument, { variables: { id: customerId, first: 50 }, fetchPolicy: 'cache-and-network' });
  const connection = data?.customer.opportunities;
  const records = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Paper withBorder p="lg" data-testid="customer-opportunities">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={3} fz="md">
            {t('opportunity.customer.title')}
          </Title>
          {connection && <Badge variant="light" color="gray">{connection.totalCount}</Badge>}
        </Group>
        {!deleted && can('opportunity:create') && (
          <ButtonLink size="xs" variant="light" leftSection={<IconPlus size={14} />} to="/opportunities/new" search={{ customerId }}>
            {t('opportunity.customer.add')}
          </ButtonLink>
        )}
      </Group>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <DataTable
        withTableBorder={false}
        highlightOnHover
        className="clickable-rows"
        minHeight={records.length ? undefined : 120}
        records={records}
        fetching={loading && !data}
        noRecordsText={t('opportunity.customer.empty')}
        idAccessor="id"
        onRowClick={({ record }) => void navigate({ to: '/opportunities/$id', params: { id: record.id } })}
        columns={[
          {
            accessor: 'name',
            title: t('opportunity.fields.name'),
            render: (o) => (
              <AnchorLink to="/opportunities/$id" params={{ id: o.id }} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
                {o.name}
              </AnchorLink>
            ),
          },
          { accessor: 'stage', title: t('opportunity.fields.stage'), render: (o) => <StageBadge stage={o.stage} /> },
          {
            accessor: 'amount',
            title: t('opportunity.fields.amount'),
            textAlign: 'right',
            render: (o) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{format.money(o.amount.amount, o.amount.currency)}</Text>,
          },
          { accessor: 'expectedCloseDate', title: t('opportunity.fields.expectedCloseDate'), render: (o) => format.date(`${o.expectedCloseDate}T00:00:00`) },
          { accessor: 'owner', title: t('opportunity.fields.owner'), render: (o) => o.owner?.name ?? '—' },
        ]}
      />
    </Paper>
  );
}

import { Badge, Group, Paper, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { CustomerContractsDocument } from '@panorama/schema';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { useContractColumns } from './useContractColumns.tsx';

/** The customer's contracts the viewer may see (customer 360), with "New contract" prefilled. */
export function CustomerContracts({ customerId, deleted }: { customerId: string; deleted: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const columns = useContractColumns(true);
  const { data, loading, error, refetch } = useQuery(CustomerContractsDocument, { variables: { id: customerId, first: 50 }, fetchPolicy: 'cache-and-network' });
  const connection = data?.customer.contracts;
  const records = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder p="lg" data-testid="customer-contracts">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={3} fz="md">{t('contract.customer.title')}</Title>
          {connection && <Badge variant="light" color="gray">{connection.totalCount}</Badge>}
        </Group>
        {!deleted && can('contract:create') && (
          <ButtonLink size="xs" variant="light" leftSection={<IconPlus size={14} />} to="/contracts/new" search={{ customerId }}>
            {t('contract.customer.add')}
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
        noRecordsText={t('contract.customer.empty')}
        idAccessor="id"
        onRowClick={({ record }) => void navigate({ to: '/contracts/$id', params: { id: record.id } })}
        columns={columns}
      />
    </Paper>
  );
}

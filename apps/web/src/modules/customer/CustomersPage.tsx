import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { CustomerFilters } from './CustomerFilters.tsx';
import { CustomerTable } from './CustomerTable.tsx';
import { hasCustomerFilters, toCustomerFilter, toCustomerOrder, type CustomerSearch } from './customerSearch.ts';
import { ExportButton } from '../../lib/components/ExportButton.tsx';
import { ImportButton } from '../import/ImportButton.tsx';
import { useCustomerList } from './useCustomerList.ts';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { useCustomerSelection } from '../territory/useCustomerSelection.ts';
import { BulkTerritoryBar } from '../territory/BulkTerritoryBar.tsx';

interface CustomersPageProps {
  search: CustomerSearch;
  onSearchChange: (patch: Partial<CustomerSearch>) => void;
}

export function CustomersPage({ search, onSearchChange }: CustomersPageProps) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const list = useCustomerList(search);
  const selection = useCustomerSelection(search, list.records, can('customer:update'));

  return (
    <>
      <PageHeader
        title={t('customer.listTitle')}
        description={t('customer.listDescription')}
        actions={
          <>
            {can('customer:export') && <ExportButton list="customers" args={{ filter: toCustomerFilter(search), orderBy: toCustomerOrder(search) }} />}
            {can('customer:import') && <ImportButton entity="CUSTOMER" fieldsOf="customer" onChanged={() => void list.refetch()} />}
            {can('customer:create') && (
              <ButtonLink to="/customers/new" leftSection={<IconPlus size={16} />}>
                {t('customer.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <CustomerFilters search={search} onChange={onSearchChange} />
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {selection && <BulkTerritoryBar selected={selection.selected} onClear={() => selection.onChange([])} onAssigned={() => { selection.onChange([]); void list.refetch(); }} />}
      <CustomerTable
        selection={selection}
        list={list}
        search={search}
        onSearchChange={onSearchChange}
        emptyText={hasCustomerFilters(search) ? t('customer.emptyFiltered') : t('customer.empty')}
      />
    </>
  );
}

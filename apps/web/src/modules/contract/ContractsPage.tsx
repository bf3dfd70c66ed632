import { useNavigate } from '@tanstack/react-router';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContractListItemFragment, ContractSortField } from '@panorama/schema';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { ServerTable } from '../../lib/components/ServerTable.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { ContractFilters } from './ContractFilters.tsx';
import { hasContractFilters, toContractFilter, toContractOrder, type ContractSearch } from './contractSearch.ts';
import { ExportButton } from '../../lib/components/ExportButton.tsx';
import { useContractColumns } from './useContractColumns.tsx';
import { useContractList } from './useContractList.ts';

const SORT_ACCESSORS: Record<ContractSortField, string> = { END_DATE: 'endDate', START_DATE: 'startDate', VALUE: 'value', UPDATED_AT: 'updatedAt' };

/** The contract list: filters in the URL, server-sorted and cursor-paged. */
export function ContractsPage({ search, onSearchChange }: { search: ContractSearch; onSearchChange: (patch: Partial<ContractSearch>) => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const navigate = useNavigate();
  const list = useContractList(search);
  const columns = useContractColumns();
  return (
    <>
      <PageHeader
        title={t('contract.listTitle')}
        description={t('contract.listDescription')}
        actions={
          <>
            {can('contract:export') && <ExportButton list="contracts" args={{ filter: toContractFilter(search), orderBy: toContractOrder(search) }} />}
            {can('contract:create') && (
              <ButtonLink to="/contracts/new" leftSection={<IconPlus size={16} />}>
                {t('contract.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <ContractFilters search={search} onChange={onSearchChange} />
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <ServerTable<ContractListItemFragment, ContractSortField>
        list={list}
        columns={columns}
        sortAccessors={SORT_ACCESSORS}
        sort={search.sort}
        dir={search.dir}
        defaultSort="UPDATED_AT"
        onSortChange={(sort, dir) => onSearchChange({ sort, dir })}
        emptyText={hasContractFilters(search) ? t('contract.emptyFiltered') : t('contract.empty')}
        onRowClick={(record) => void navigate({ to: '/contracts/$id', params: { id: record.id } })}
      />
    </>
  );
}

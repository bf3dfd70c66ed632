import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { OpportunityFilters } from './OpportunityFilters.tsx';
import { OpportunityTable } from './OpportunityTable.tsx';
import { ViewSwitch } from './ViewSwitch.tsx';
import { hasOpportunityFilters, toOpportunityFilter, toOpportunityOrder, type OpportunitySearch } from './opportunitySearch.ts';
import { ExportButton } from '../../lib/components/ExportButton.tsx';
import { useOpportunityList } from './useOpportunityList.ts';

interface OpportunitiesPageProps {
  search: OpportunitySearch;
  onSearchChange: (patch: Partial<OpportunitySearch>) => void;
}

export function OpportunitiesPage({ search, onSearchChange }: OpportunitiesPageProps) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const list = useOpportunityList(search);
  return (
    <>
      <PageHeader
        title={t('opportunity.listTitle')}
        description={t('opportunity.listDescription')}
        actions={
          <>
            <ViewSwitch view="list" search={search} />
            {can('opportunity:export') && <ExportButton list="opportunities" args={{ filter: toOpportunityFilter(search), orderBy: toOpportunityOrder(search) }} />}
            {can('opportunity:create') && (
              <ButtonLink to="/opportunities/new" leftSection={<IconPlus size={16} />}>
                {t('opportunity.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <OpportunityFilters search={search} onChange={onSearchChange} />
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <OpportunityTable
        list={list}
        search={search}
        onSearchChange={onSearchChange}
        emptyText={hasOpportunityFilters(search) ? t('opportunity.emptyFiltered') : t('opportunity.empty')}
      />
    </>
  );
}

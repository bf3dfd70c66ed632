import { useNavigate } from '@tanstack/react-router';
import type { OpportunityListItemFragment, OpportunitySortField } from '@panorama/schema';
import { ServerTable } from '../../lib/components/ServerTable.tsx';
import type { OpportunitySearch } from './opportunitySearch.ts';
import { useOpportunityColumns } from './useOpportunityColumns.tsx';
import type { useOpportunityList } from './useOpportunityList.ts';

const SORT_ACCESSORS: Record<OpportunitySortField, string> = {
  NAME: 'name',
  AMOUNT: 'amount',
  EXPECTED_CLOSE_DATE: 'expectedCloseDate',
  UPDATED_AT: 'updatedAt',
};
interface OpportunityTableProps {
  list: ReturnType<typeof useOpportunityList>;
  search: OpportunitySearch;
  onSearchChange: (patch: Partial<OpportunitySearch>) => void;
  emptyText: string;
}

/** Server-sorted, cursor-paged opportunity table; a row opens the deal. */
export function OpportunityTable({ list, search, onSearchChange, emptyText }: OpportunityTableProps) {
  const navigate = useNavigate();
  const columns = useOpportunityColumns();
  return (
    <ServerTable<OpportunityListItemFragment, OpportunitySortField>
      list={list}
      columns={columns}
      sortAccessors={SORT_ACCESSORS}
      sort={search.sort}
      dir={search.dir}
      defaultSort="UPDATED_AT"
      onSortChange={(sort, dir) => onSearchChange({ sort, dir })}
      emptyText={emptyText}
      onRowClick={(record) => void navigate({ to: '/opportunities/$id', params: { id: record.id } })}
    />
  );
}

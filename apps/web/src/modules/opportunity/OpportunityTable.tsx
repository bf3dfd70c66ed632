import { useNavigate } from '@tanstack/react-router';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import type { OpportunityListItemFragment, OpportunitySortField } from '@panorama/schema';
import { CursorPager } from '../../lib/components/CursorPager.tsx';
import type { OpportunitySearch } from './opportunitySearch.ts';
import { useOpportunityColumns } from './useOpportunityColumns.tsx';
import type { useOpportunityList } from './useOpportunityList.ts';

const SORT_ACCESSORS: Record<OpportunitySortField, string> = {
  NAME: 'name',
  AMOUNT: 'amount',
  EXPECTED_CLOSE_DATE: 'expectedCloseDate',
  UPDATED_AT: 'updatedAt',
};
const accessorToField = (accessor: string) =>
  (Object.entries(SORT_ACCESSORS).find(([, a]) => a === accessor)?.[0] as OpportunitySortField | undefined) ?? 'UPDATED_AT';

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
  const sortStatus: DataTableSortStatus<OpportunityListItemFragment> = {
    columnAccessor: SORT_ACCESSORS[search.sort ?? 'UPDATED_AT'],
    direction: (search.dir ?? 'DESC') === 'ASC' ? 'asc' : 'desc',
  };
  return (
    <>
      <DataTable<OpportunityListItemFragment>
        withTableBorder
        borderRadius="md"
        highlightOnHover
        className="clickable-rows"
        minHeight={list.records.length ? undefined : 260}
        records={list.records}
        columns={columns}
        idAccessor="id"
        fetching={list.loading}
        noRecordsText={emptyText}
        sortStatus={sortStatus}
        onSortStatusChange={(status) =>
          onSearchChange({ sort: accessorToField(String(status.columnAccessor)), dir: status.direction === 'asc' ? 'ASC' : 'DESC' })
        }
        onRowClick={({ record }) => void navigate({ to: '/opportunities/$id', params: { id: record.id } })}
        verticalSpacing="sm"
      />
      <CursorPager
        page={list.pages.page}
        totalCount={list.totalCount}
        hasNextPage={Boolean(list.pageInfo?.hasNextPage)}
        onPrev={list.pages.prev}
        onNext={() => list.pages.next(list.pageInfo?.endCursor)}
        disabled={list.loading}
      />
    </>
  );
}

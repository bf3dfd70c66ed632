import { useNavigate } from '@tanstack/react-router';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import type { CustomerListItemFragment, CustomerSortField } from '@panorama/schema';
import { CursorPager } from '../../lib/components/CursorPager.tsx';
import type { CustomerSearch } from './customerSearch.ts';
import { useCustomerColumns } from './useCustomerColumns.tsx';
import type { useCustomerList } from './useCustomerList.ts';

const SORT_ACCESSORS: Record<CustomerSortField, string> = {
  NAME: 'name',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  LAST_ACTIVITY_AT: 'lastActivityAt',
};
const accessorToField = (accessor: string) =>
  (Object.entries(SORT_ACCESSORS).find(([, a]) => a === accessor)?.[0] as CustomerSortField | undefined) ?? 'UPDATED_AT';

interface CustomerTableProps {
  list: ReturnType<typeof useCustomerList>;
  search: CustomerSearch;
  onSearchChange: (patch: Partial<CustomerSearch>) => void;
  emptyText: string;
  /** Extra columns after the standard ones (e.g. the pool's Claim button). */
  extraColumns?: DataTableColumn<CustomerListItemFragment>[];
  /** Accessors of standard columns to leave out (e.g. the owner on the pool page). */
  hiddenColumns?: string[];
}

/** Server-sorted, cursor-paged customer table; a row opens the customer. */
export function CustomerTable({ list, search, onSearchChange, emptyText, extraColumns = [], hiddenColumns = [] }: CustomerTableProps) {
  const navigate = useNavigate();
  const columns = useCustomerColumns();
  const sortStatus: DataTableSortStatus<CustomerListItemFragment> = {
    columnAccessor: SORT_ACCESSORS[search.sort ?? 'UPDATED_AT'],
    direction: (search.dir ?? 'DESC') === 'ASC' ? 'asc' : 'desc',
  };

  return (
    <>
      <DataTable<CustomerListItemFragment>
        withTableBorder
        borderRadius="md"
        highlightOnHover
        className="clickable-rows"
        minHeight={list.records.length ? undefined : 260}
        records={list.records}
        columns={[...columns.filter((c) => !hiddenColumns.includes(String(c.accessor))), ...extraColumns]}
        idAccessor="id"
        fetching={list.loading}
        noRecordsText={emptyText}
        sortStatus={sortStatus}
        onSortStatusChange={(status) =>
          onSearchChange({ sort: accessorToField(String(status.columnAccessor)), dir: status.direction === 'asc' ? 'ASC' : 'DESC' })
        }
        onRowClick={({ record }) => void navigate({ to: '/customers/$id', params: { id: record.id } })}
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

import { useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import type { CustomerListItemFragment, CustomerSortField } from '@panorama/schema';
import { ServerTable, type RowSelection } from '../../lib/components/ServerTable.tsx';
import type { CustomerSearch } from './customerSearch.ts';
import { useCustomerColumns } from './useCustomerColumns.tsx';
import type { useCustomerList } from './useCustomerList.ts';

const SORT_ACCESSORS: Record<CustomerSortField, string> = {
  NAME: 'name',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  LAST_ACTIVITY_AT: 'lastActivityAt',
};
interface CustomerTableProps {
  list: ReturnType<typeof useCustomerList>;
  search: CustomerSearch;
  onSearchChange: (patch: Partial<CustomerSearch>) => void;
  emptyText: string;
  /** Extra columns after the standard ones (e.g. the pool's Claim button). */
  extraColumns?: DataTableColumn<CustomerListItemFragment>[];
  /** Accessors of standard columns to leave out (e.g. the owner on the pool page). */
  hiddenColumns?: string[];
  /** Row checkboxes for bulk actions (the customers page's territory assignment). */
  selection?: RowSelection<CustomerListItemFragment>;
}

/** Server-sorted, cursor-paged customer table; a row opens the customer. */
export function CustomerTable({ list, search, onSearchChange, emptyText, extraColumns = [], hiddenColumns = [], selection }: CustomerTableProps) {
  const navigate = useNavigate();
  const columns = useCustomerColumns();
  return (
    <ServerTable<CustomerListItemFragment, CustomerSortField>
      list={list}
      columns={[...columns.filter((c) => !hiddenColumns.includes(String(c.accessor))), ...extraColumns]}
      sortAccessors={SORT_ACCESSORS}
      sort={search.sort}
      dir={search.dir}
      defaultSort="UPDATED_AT"
      onSortChange={(sort, dir) => onSearchChange({ sort, dir })}
      emptyText={emptyText}
      onRowClick={(record) => void navigate({ to: '/customers/$id', params: { id: record.id } })}
      selection={selection}
    />
  );
}

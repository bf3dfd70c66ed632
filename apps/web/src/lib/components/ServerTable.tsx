import { DataTable, type DataTableColumn } from 'mantine-datatable';
import type { useCursorPages } from '../useCursorPages.ts';
import { CursorPager } from './CursorPager.tsx';

/** What a list hook (useCustomerList, useLeadList, …) hands to its table. */
export interface PagedList<T> {
  records: T[];
  totalCount: number | undefined;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | null | undefined;
  loading: boolean;
  pages: ReturnType<typeof useCursorPages>;
}

type Direction = 'ASC' | 'DESC';

interface ServerTableProps<T extends { id: string }, F extends string> {
  list: PagedList<T>;
  columns: DataTableColumn<T>[];
  /** The server's sort fields and the column accessor each one sorts. */
  sortAccessors: Record<F, string>;
  /** The current sort from the URL; unset means `defaultSort`, descending. */
  sort: F | undefined;
  dir: Direction | undefined;
  defaultSort: F;
  onSortChange: (sort: F, dir: Direction) => void;
  emptyText: string;
  onRowClick: (record: T) => void;
  /** Optional row selection (checkboxes); omitted, the table has none. */
  selection?: RowSelection<T>;
}

/** Selected rows of the current page, with accessible names for the checkboxes. */
export interface RowSelection<T> {
  selected: T[];
  onChange: (records: T[]) => void;
  /** aria-label of a row's checkbox, e.g. "Select Acme". */
  rowLabel: (record: T) => string;
  /** aria-label of the header checkbox. */
  allLabel: string;
}

/**
 * A list sorted and cursor-paged by the server: clickable rows, sortable headers mapped to the
 * API's sort fields, and the pager with the server's total.
 */
export function ServerTable<T extends { id: string }, F extends string>(props: ServerTableProps<T, F>) {
  const { list, columns, sortAccessors, sort = props.defaultSort, dir = 'DESC', onSortChange, emptyText, onRowClick, selection } = props;
  const selectionProps = selection
    ? {
        selectedRecords: selection.selected,
        onSelectedRecordsChange: selection.onChange,
        getRecordSelectionCheckboxProps: (record: T) => ({ 'aria-label': selection.rowLabel(record) }),
        allRecordsSelectionCheckboxProps: { 'aria-label': selection.allLabel },
      }
    : {};
  const fieldOf = (accessor: string) =>
    (Object.entries(sortAccessors) as [F, string][]).find(([, a]) => a === accessor)?.[0] ?? props.defaultSort;
  return (
    <>
      <DataTable<T>
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
        sortStatus={{ columnAccessor: sortAccessors[sort], direction: dir === 'ASC' ? 'asc' : 'desc' }}
        onSortStatusChange={(status) => onSortChange(fieldOf(String(status.columnAccessor)), status.direction === 'asc' ? 'ASC' : 'DESC')}
        onRowClick={({ record }) => onRowClick(record)}
        verticalSpacing="sm"
        {...selectionProps}
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

import { useQuery } from '@apollo/client/react';
import { CustomersDocument } from '@panorama/schema';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { toCustomerFilter, toCustomerOrder, type CustomerSearch } from './customerSearch.ts';

export const PAGE_SIZE = 25;

/** One page of customers for the given URL filters, with previous/next over cursors. */
export function useCustomerList(search: CustomerSearch) {
  const filter = toCustomerFilter(search);
  const orderBy = toCustomerOrder(search);
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const query = useQuery(CustomersDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (query.data ?? query.previousData)?.customers;
  return {
    records: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount,
    pageInfo: connection?.pageInfo,
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    pages,
  };
}

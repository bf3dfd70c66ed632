import { useQuery } from '@apollo/client/react';
import { ContractsDocument } from '@panorama/schema';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { toContractFilter, toContractOrder, type ContractSearch } from './contractSearch.ts';

const PAGE_SIZE = 25;

/** One page of contracts for the URL's filters, with previous/next over cursors. */
export function useContractList(search: ContractSearch) {
  const filter = toContractFilter(search);
  const orderBy = toContractOrder(search);
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const query = useQuery(ContractsDocument, { variables: { first: PAGE_SIZE, after: pages.after, filter, orderBy }, notifyOnNetworkStatusChange: true });
  const connection = (query.data ?? query.previousData)?.contracts;
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

import { useQuery } from '@apollo/client/react';
import { LeadsDocument } from '@panorama/schema';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { toLeadFilter, toLeadOrder, type LeadSearch } from './leadSearch.ts';

export const PAGE_SIZE = 25;

/** One page of leads for the given URL filters, with previous/next over cursors. */
export function useLeadList(search: LeadSearch) {
  const filter = toLeadFilter(search);
  const orderBy = toLeadOrder(search);
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const query = useQuery(LeadsDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (query.data ?? query.previousData)?.leads;
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

import { useQuery } from '@apollo/client/react';
import { OpportunitiesDocument } from '@panorama/schema';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { toOpportunityFilter, toOpportunityOrder, type OpportunitySearch } from './opportunitySearch.ts';

export const PAGE_SIZE = 25;

/** One page of opportunities for the given URL filters, with previous/next over cursors. */
export function useOpportunityList(search: OpportunitySearch) {
  const filter = toOpportunityFilter(search);
  const orderBy = toOpportunityOrder(search);
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const query = useQuery(OpportunitiesDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (query.data ?? query.previousData)?.opportunities;
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

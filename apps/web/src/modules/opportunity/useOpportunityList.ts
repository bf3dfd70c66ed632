import { OpportunitiesDocument } from '@panorama/schema';
import { useServerList } from '../../lib/useServerList.ts';
import { toOpportunityFilter, toOpportunityOrder, type OpportunitySearch } from './opportunitySearch.ts';

/** One page of opportunities for the given URL filters, with previous/next over cursors. */
export function useOpportunityList(search: OpportunitySearch) {
  return useServerList(OpportunitiesDocument, (data) => data.opportunities, toOpportunityFilter(search), toOpportunityOrder(search));
}

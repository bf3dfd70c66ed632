import { LeadsDocument } from '@panorama/schema';
import { useServerList } from '../../lib/useServerList.ts';
import { toLeadFilter, toLeadOrder, type LeadSearch } from './leadSearch.ts';

/** One page of leads for the given URL filters, with previous/next over cursors. */
export function useLeadList(search: LeadSearch) {
  return useServerList(LeadsDocument, (data) => data.leads, toLeadFilter(search), toLeadOrder(search));
}

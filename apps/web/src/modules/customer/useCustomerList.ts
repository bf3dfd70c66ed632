import { CustomersDocument } from '@panorama/schema';
import { useServerList } from '../../lib/useServerList.ts';
import { toCustomerFilter, toCustomerOrder, type CustomerSearch } from './customerSearch.ts';

/** One page of customers for the given URL filters, with previous/next over cursors. */
export function useCustomerList(search: CustomerSearch) {
  return useServerList(CustomersDocument, (data) => data.customers, toCustomerFilter(search), toCustomerOrder(search));
}

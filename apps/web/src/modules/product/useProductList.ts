import { ProductsDocument } from '@panorama/schema';
import { useServerList } from '../../lib/useServerList.ts';
import { toProductFilter, toProductOrder, type ProductSearch } from './productSearch.ts';

/** One page of products for the URL filters, with previous/next over cursors. */
export function useProductList(search: ProductSearch) {
  return useServerList(ProductsDocument, (data) => data.products, toProductFilter(search), toProductOrder(search));
}

import { useQuery } from '@apollo/client/react';
import { ProductsDocument } from '@panorama/schema';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { toProductFilter, toProductOrder, type ProductSearch } from './productSearch.ts';

export const PAGE_SIZE = 25;

/** One page of products for the URL filters, with previous/next over cursors. */
export function useProductList(search: ProductSearch) {
  const filter = toProductFilter(search);
  const orderBy = toProductOrder(search);
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const query = useQuery(ProductsDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (query.data ?? query.previousData)?.products;
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

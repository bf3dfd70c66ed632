import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCursorPages } from './useCursorPages.ts';

export const PAGE_SIZE = 25;

interface Connection<TNode, TPageInfo> {
  totalCount: number;
  pageInfo: TPageInfo;
  edges: readonly { node: TNode }[];
}

/**
 * One page of a server-sorted, cursor-paged list for the URL's filter and order, with
 * previous/next over cursors (a new filter or order starts again at page 1). `connectionOf`
 * picks the connection out of the query's answer.
 */
export function useServerList<TData, TVars extends Record<string, unknown>, TNode, TPageInfo>(
  document: TypedDocumentNode<TData, TVars>,
  connectionOf: (data: TData) => Connection<TNode, TPageInfo>,
  filter: unknown,
  orderBy: unknown,
) {
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const variables = { first: PAGE_SIZE, after: pages.after, filter, orderBy } as unknown as TVars;
  const query = useQuery(document, { variables, notifyOnNetworkStatusChange: true } as useQuery.Options<TData, TVars>);
  const data = query.data ?? query.previousData;
  const connection = data ? connectionOf(data as TData) : undefined;
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

import { CursorPager } from './CursorPager.tsx';
import type { useCursorPages } from '../useCursorPages.ts';

interface Connection {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The pager under a connection's list (totalCount, pageInfo), once it has loaded something. */
export function ConnectionPager({ connection, pages, loading }: { connection: Connection | undefined; pages: ReturnType<typeof useCursorPages>; loading: boolean }) {
  if (!connection || connection.edges.length === 0) return null;
  return (
    <CursorPager
      page={pages.page}
      totalCount={connection.totalCount}
      hasNextPage={connection.pageInfo.hasNextPage}
      onPrev={pages.prev}
      onNext={() => pages.next(connection.pageInfo.endCursor)}
      disabled={loading}
    />
  );
}

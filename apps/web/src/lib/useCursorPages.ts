import { useCallback, useState } from 'react';

/**
 * Cursor pagination with a stack of `after` cursors, so "previous" works with a forward-only
 * API. A new `resetKey` (filters, sort) starts again at page 1.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({ key: resetKey, stack: [null] });
  const stack = state.key === resetKey ? state.stack : [null];
  if (state.key !== resetKey) setState({ key: resetKey, stack: [null] });

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setState((s) => ({ key: resetKey, stack: [...(s.key === resetKey ? s.stack : [null]), endCursor] }));
    },
    [resetKey],
  );
  const prev = useCallback(() => {
    setState((s) => ({ key: resetKey, stack: s.stack.length > 1 ? s.stack.slice(0, -1) : s.stack }));
  }, [resetKey]);

  return { after: stack[stack.length - 1], page: stack.length, next, prev };
}

import { useEffect, useRef } from 'react';

/**
 * Scrolls the returned element into view whenever `signal` becomes truthy (e.g. an error
 * alert above a long form the user submitted from its bottom).
 */
export function useRevealOnChange<T extends HTMLElement>(signal: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (signal) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [signal]);
  return ref;
}

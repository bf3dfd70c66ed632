import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useRouter } from '@tanstack/react-router';

/**
 * A search box kept in the URL: typing applies after a pause; outside changes (clear, back)
 * update the box. A pause that ends after the user left the page (clicked a row while typing)
 * applies nothing, or it would navigate back to the list.
 */
export function useDebouncedParam(value: string | undefined, apply: (v: string | undefined) => void) {
  const [text, setText] = useState(value ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  const router = useRouter();
  const [pathname] = useState(() => router.history.location.pathname);
  useEffect(() => {
    if (router.history.location.pathname !== pathname) return;
    if ((debounced.trim() || undefined) !== value) apply(debounced.trim() || undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  useEffect(() => {
    if ((value ?? '') !== text.trim()) setText(value ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return [text, setText] as const;
}

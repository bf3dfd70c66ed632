import type { i18n as I18n } from 'i18next';

/**
 * Looks up a key built at run time (e.g. a field name from the server) and falls back
 * to the given text when the resources have no such key.
 */
export function translateOrFallback(i18n: I18n, key: string, fallback: string): string {
  if (!i18n.exists(key)) return fallback;
  return (i18n.t as unknown as (key: string) => string)(key);
}

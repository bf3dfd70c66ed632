import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { translateOrFallback } from '../../lib/i18n/dynamic.ts';

/** A task's name for people (`pool.sweep` → "Return idle customers to the pool"); unknown tasks show their name. */
export function useTaskLabel() {
  const { i18n } = useTranslation();
  return useCallback((task: string) => translateOrFallback(i18n, `job.tasks.${task}`, task), [i18n]);
}

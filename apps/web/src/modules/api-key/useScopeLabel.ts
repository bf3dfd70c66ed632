import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { translateOrFallback } from '../../lib/i18n/dynamic.ts';

/** Names of permission modules and actions in the UI language, as the roles editor names them (the raw names when unknown). */
export function useScopeLabel() {
  const { i18n } = useTranslation();
  const module = useCallback((name: string) => translateOrFallback(i18n, `role.modules.${name}`, name), [i18n]);
  const action = useCallback((scope: string) => {
    const name = scope.split(':')[1] ?? scope;
    return translateOrFallback(i18n, `role.actions.${name}`, name);
  }, [i18n]);
  /** "客户 · 查看" for customer:read */
  const scope = useCallback((value: string) => `${module(value.split(':')[0])} · ${action(value)}`, [module, action]);
  return { module, action, scope };
}

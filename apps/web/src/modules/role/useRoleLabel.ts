import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { translateOrFallback } from '../../lib/i18n/dynamic.ts';

/** A role as the API names it: built-in roles carry a `key`, custom roles only their name. */
export interface NamedRole {
  key?: string | null;
  name: string;
}

/** Built-in roles in the UI language (`enums.role.*`), custom roles by the name an admin gave them. */
export function useRoleLabel() {
  const { i18n } = useTranslation();
  return useCallback((role: NamedRole) => (role.key ? translateOrFallback(i18n, `enums.role.${role.key}`, role.name) : role.name), [i18n]);
}

/** Labels of the permission grid: modules and actions come from the server's catalogue, so unknown ones show their code. */
export function useGridLabels() {
  const { i18n } = useTranslation();
  return {
    module: useCallback((module: string) => translateOrFallback(i18n, `role.modules.${module}`, module), [i18n]),
    action: useCallback((action: string) => translateOrFallback(i18n, `role.actions.${action}`, action), [i18n]),
  };
}

/** A role's own description, or for a built-in role without one what it is for, in the UI language. */
export function useRoleDescription() {
  const { i18n } = useTranslation();
  return useCallback(
    (role: { key?: string | null; description?: string | null }) =>
      role.description || (role.key ? translateOrFallback(i18n, `role.builtInDescriptions.${role.key}`, '') : ''),
    [i18n],
  );
}

/** Built-in roles in the order of the Role enum (then the partner roles), whatever their stored names. */
const BUILT_IN_ORDER = ['ADMIN', 'SALES_MANAGER', 'SALES_REP', 'SERVICE_MANAGER', 'SERVICE_AGENT', 'MARKETER', 'PARTNER', 'PARTNER_ADMIN'];

/** Built-in roles first in a fixed order, then custom roles (staff before partner, by name, as the server lists them). */
export function sortRoles<T extends { key?: string | null }>(roles: readonly T[]): T[] {
  const rank = (r: T) => (r.key ? (BUILT_IN_ORDER.indexOf(r.key) + 1 || BUILT_IN_ORDER.length + 1) : BUILT_IN_ORDER.length + 2);
  return roles.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
}

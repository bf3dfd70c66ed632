/** Modules in the order the permission catalogue lists them; unknown ones follow, alphabetically. */
const MODULE_ORDER = [
  'customer', 'contact', 'opportunity', 'lead', 'analytics', 'target', 'product', 'quote', 'order',
  'contract', 'commission', 'activity', 'user', 'admin', 'audit',
];

/** Actions in the order of the permission grid (read, create, update, delete, …). */
const ACTION_ORDER = ['read', 'create', 'update', 'delete', 'export', 'claim', 'convert', 'sales', 'manage', 'users', 'departments', 'settings'];

export interface ScopeGroup {
  module: string;
  /** The `module:action` permissions of the module, in catalogue order. */
  scopes: string[];
}

const rank = (order: readonly string[], name: string) => {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
};
const byAction = (a: string, b: string) => {
  const [x, y] = [a.split(':')[1] ?? '', b.split(':')[1] ?? ''];
  return rank(ACTION_ORDER, x) - rank(ACTION_ORDER, y) || x.localeCompare(y);
};

/** `module:action` permissions grouped by module, modules and actions in catalogue order. */
export function groupScopes(scopes: readonly string[]): ScopeGroup[] {
  const groups = new Map<string, string[]>();
  for (const scope of scopes) {
    const module = scope.split(':')[0];
    groups.set(module, [...(groups.get(module) ?? []), scope]);
  }
  return [...groups]
    .map(([module, list]) => ({ module, scopes: list.sort(byAction) }))
    .sort((a, b) => rank(MODULE_ORDER, a.module) - rank(MODULE_ORDER, b.module) || a.module.localeCompare(b.module));
}

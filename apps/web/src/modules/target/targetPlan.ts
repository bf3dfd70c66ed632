import type { TargetPeriod, TargetPlannerQuery } from '@panorama/schema';

export type PlannerData = TargetPlannerQuery;
export interface PlanRow {
  kind: 'user' | 'department';
  id: string;
  name: string;
  hint: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period starts of a year: 12 months or 4 quarters (first days). */
export function periodStarts(year: number, period: TargetPeriod): string[] {
  const months = period === 'MONTH' ? [...Array(12).keys()].map((m) => m + 1) : [1, 4, 7, 10];
  return months.map((m) => `${year}-${pad(m)}-01`);
}

export const cellKey = (kind: PlanRow['kind'], id: string, periodStart: string) => `${kind}:${id}:${periodStart}`;

/**
 * Rows of the planner: departments (by tree path), then sales users. Without `admin:sales`
 * (managers) only the viewer's department subtree, which is what the server allows too.
 */
export function planRows(data: PlannerData, everyone: boolean): { departments: PlanRow[]; users: PlanRow[] } {
  const root = data.me.user.department?.path ?? null;
  const inTree = (path: string | null | undefined) => everyone || (root !== null && !!path && path.startsWith(root));
  const names = new Map(data.departments.map((d) => [d.id, d.name]));
  const departments = data.departments
    .filter((d) => inTree(d.path))
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((d) => ({ kind: 'department' as const, id: d.id, name: d.name, hint: depth(d.path) > 1 ? parentName(d.path, names) : null }));
  const users = data.users.edges
    .map((e) => e.node)
    .filter((u) => (u.role === 'SALES_REP' || u.role === 'SALES_MANAGER') && inTree(u.department?.path))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => ({ kind: 'user' as const, id: u.id, name: u.name, hint: u.department?.name ?? null }));
  return { departments, users };
}

const depth = (path: string) => path.split('/').filter(Boolean).length;
const parentName = (path: string, names: Map<string, string>) => {
  const ids = path.split('/').filter(Boolean);
  return names.get(ids[ids.length - 2]!) ?? null;
};

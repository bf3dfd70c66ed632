import DataLoader from 'dataloader';
import type { Context } from './context.ts';
import type { Db } from './core/db/database.ts';
import type { Customer } from './modules/customer/customer.type.ts';
import type { Department } from './modules/department/department.type.ts';
import type { Partner } from './modules/partner/partner.type.ts';
import type { Territory } from './modules/territory/territory.type.ts';
import type { User } from './modules/user/user.type.ts';

/** Orders batch results like the keys; missing ones become null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Request-scoped DataLoaders: one statement per relation per request, never one per row. */
export function createLoaders(_db: Db, ctx: Context) {
  const s = () => ctx.services;
  return {
    user: new DataLoader<string, User | null>(async (ids) => byKeys(ids, await s().users.findByIds(ids), (u) => u.id)),
    territory: new DataLoader<string, Territory | null>(async (ids) => byKeys(ids, await s().territories.findByIds(ids), (t) => t.id)),
    customer: new DataLoader<string, Customer | null>(async (ids) =>
      byKeys(ids, await s().customer.repo.findManyVisible(await ctx.scope(), ids), (c) => c.id),
    ),
    department: new DataLoader<string, Department | null>(async (ids) =>
      byKeys(ids, await s().department.repo.findByIds(ids), (d) => d.id),
    ),
    departmentChildren: new DataLoader<string, Department[]>(async (parentIds) => {
      const byParent = new Map<string, Department[]>(parentIds.map((id) => [id, []]));
      for (const child of await s().department.repo.findChildren(parentIds)) byParent.get(child.parentId!)?.push(child);
      return parentIds.map((id) => byParent.get(id)!);
    }),
    partner: new DataLoader<string, Partner | null>(async (ids) => byKeys(ids, await s().partners.findByIds(ids), (p) => p.id)),
    contactCount: new DataLoader<string, number>(async (ids) => {
      const counts = await s().contact.repo.countByCustomer(await ctx.scope(), ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

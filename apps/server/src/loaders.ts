import DataLoader from 'dataloader';
import type { Scope } from './core/auth/scope.ts';
import type { Customer } from './modules/customer/customer.type.ts';
import type { Department } from './modules/department/department.type.ts';
import type { Partner } from './modules/partner/partner.type.ts';
import type { Territory } from './modules/territory/territory.type.ts';
import type { User } from './modules/user/user.type.ts';
import type { AccessRole } from './modules/role/role.type.ts';
import type { RecordShare, SharedEntity } from './modules/share/share.type.ts';
import type { Services } from './services.ts';
import { createOpportunityLoaders } from './modules/opportunity/opportunity.loaders.ts';
import { createLeadLoaders } from './modules/lead/lead.loaders.ts';
import { createQuoteLoaders } from './modules/quote/quote.loaders.ts';
import { createProductLoaders } from './modules/product/product.loaders.ts';
import { createOpportunityLineLoaders } from './modules/opportunity-line/opportunity-line.loaders.ts';
import { createContractLoaders } from './modules/contract/contract.loaders.ts';
import { createTerritoryLoaders } from './modules/territory/territory.loaders.ts';

/** A record whose editability a page asks for: its kind, id, owner and partner company. */
export interface EditableKey {
  entity: SharedEntity;
  record: { id: string; ownerId: string | null; partnerId: string | null };
}

/** Orders batch results like the keys; missing ones become null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Request-scoped DataLoaders: one statement per relation per request, never one per row. */
export function createLoaders(services: Services, scope: () => Promise<Scope>) {
  return {
    user: new DataLoader<string, User | null>(async (ids) => byKeys(ids, await services.users.findByIds(ids), (u) => u.id)),
    territory: new DataLoader<string, Territory | null>(async (ids) => byKeys(ids, await services.territories.findByIds(await scope(), ids), (t) => t.id)),
    customer: new DataLoader<string, Customer | null>(async (ids) =>
      byKeys(ids, await services.customer.repo.findManyVisible(await scope(), ids), (c) => c.id),
    ),
    department: new DataLoader<string, Department | null>(async (ids) =>
      byKeys(ids, await services.department.repo.findByIds(await scope(), ids), (d) => d.id),
    ),
    departmentChildren: new DataLoader<string, Department[]>(async (parentIds) => {
      const byParent = new Map<string, Department[]>(parentIds.map((id) => [id, []]));
      for (const child of await services.department.repo.findChildren(await scope(), parentIds)) byParent.get(child.parentId!)?.push(child);
      return parentIds.map((id) => byParent.get(id)!);
    }),
    /** A role by id, or a built-in one by `key:<Role>`: one statement for every user on the page. */
    accessRole: new DataLoader<string, AccessRole | null>(async (keys) => {
      const roles = await services.role.listForHolders();
      return keys.map((k) => roles.find((r) => (k.startsWith('key:') ? r.key === k.slice(4) : r.id === k)) ?? null);
    }),
    /** A record's shares by `ENTITY:id`: one statement per kind of record per request. */
    shares: new DataLoader<string, RecordShare[]>(async (keys) => {
      const byKey = new Map<string, RecordShare[]>(keys.map((k) => [k, []]));
      for (const entity of new Set(keys.map((k) => k.split(':')[0] as SharedEntity))) {
        const ids = keys.filter((k) => k.startsWith(`${entity}:`)).map((k) => k.slice(entity.length + 1));
        for (const share of await services.share.forRecords(await scope(), entity, ids)) byKey.get(`${entity}:${share.recordId}`)?.push(share);
      }
      return keys.map((k) => byKey.get(k)!);
    }),
    /** Whether the viewer may change a record by access (owner, manager, read-write share), by `ENTITY:id` of records already loaded. */
    editable: new DataLoader<EditableKey, boolean, string>(
      async (keys) => {
        const editable = new Set<string>();
        for (const entity of new Set(keys.map((k) => k.entity))) {
          const records = keys.filter((k) => k.entity === entity).map((k) => k.record);
          for (const id of await services.share.editableIds(await scope(), entity, records)) editable.add(`${entity}:${id}`);
        }
        return keys.map((k) => editable.has(`${k.entity}:${k.record.id}`));
      },
      { cacheKeyFn: (k) => `${k.entity}:${k.record.id}` },
    ),
    partner: new DataLoader<string, Partner | null>(async (ids) => byKeys(ids, await services.partners.findByIds(await scope(), ids), (p) => p.id)),
    contactCount: new DataLoader<string, number>(async (ids) => {
      const counts = await services.contact.repo.countByCustomer(await scope(), ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    ...createTerritoryLoaders({ territories: services.territories }, scope),
    ...createLeadLoaders({ opportunities: services.opportunity.repo }, scope),
    ...createContractLoaders({ contracts: services.contract.repo }, scope),
    ...createQuoteLoaders({ quotes: services.quote.repo, orders: services.order.repo, opportunities: services.opportunity.repo }, scope),
    ...createOpportunityLoaders({ opportunities: services.opportunity.repo, pipeline: services.pipeline.repo }, scope),
    ...createProductLoaders({ products: services.product.repo }, scope),
    ...createOpportunityLineLoaders({ lines: services.opportunityLine.repo }, scope),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

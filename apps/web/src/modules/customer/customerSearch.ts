import type { CustomerFilter, CustomerOrder, CustomerSortField, CustomerTier, LifecycleStage, PoolFilter } from '@panorama/schema';
import { CUSTOMER_TIERS, LIFECYCLE_STAGES, isOneOf } from '../../lib/enums.ts';

/** Customer list filters and sort, kept in the URL so back/forward and links keep them. */
export interface CustomerSearch {
  q?: string;
  owner?: string;
  stage?: LifecycleStage[];
  tier?: CustomerTier[];
  industry?: string;
  tag?: string;
  territory?: string;
  pool?: PoolFilter;
  deleted?: boolean;
  sort?: CustomerSortField;
  dir?: 'ASC' | 'DESC';
}

const SORT_FIELDS = ['NAME', 'CREATED_AT', 'UPDATED_AT', 'LAST_ACTIVITY_AT'] as const satisfies readonly CustomerSortField[];
const POOL_FILTERS = ['IN_POOL', 'OWNED'] as const satisfies readonly PoolFilter[];

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
const list = <T extends string>(values: readonly T[], value: unknown): T[] | undefined => {
  const items = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).filter((v) => isOneOf(values, v));
  return items.length ? (items as T[]) : undefined;
};

export function validateCustomerSearch(raw: Record<string, unknown>): CustomerSearch {
  return {
    q: str(raw.q),
    owner: str(raw.owner),
    stage: list(LIFECYCLE_STAGES, raw.stage),
    tier: list(CUSTOMER_TIERS, raw.tier),
    industry: str(raw.industry),
    tag: str(raw.tag),
    territory: str(raw.territory),
    pool: isOneOf(POOL_FILTERS, raw.pool) ? raw.pool : undefined,
    deleted: raw.deleted === true || raw.deleted === 'true' ? true : undefined,
    sort: isOneOf(SORT_FIELDS, raw.sort) ? raw.sort : undefined,
    dir: raw.dir === 'ASC' || raw.dir === 'DESC' ? raw.dir : undefined,
  };
}

export function toCustomerFilter(search: CustomerSearch): CustomerFilter {
  return {
    search: search.q?.trim() || undefined,
    ownerId: search.owner,
    lifecycleStage: search.stage,
    tier: search.tier,
    industry: search.industry,
    tag: search.tag,
    territoryId: search.territory,
    pool: search.pool,
    deleted: search.deleted ? 'DELETED' : 'ACTIVE',
  };
}

export function toCustomerOrder(search: CustomerSearch): CustomerOrder {
  return { field: search.sort ?? 'UPDATED_AT', direction: search.dir ?? 'DESC' };
}

/** True when any filter (not the sort) narrows the list. */
export const hasCustomerFilters = (s: CustomerSearch) =>
  Boolean(s.q || s.owner || s.stage || s.tier || s.industry || s.tag || s.territory || s.pool || s.deleted);

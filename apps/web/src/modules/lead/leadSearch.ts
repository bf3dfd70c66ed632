import type { LeadFilter, LeadOrder, LeadSortField, LeadSource, LeadStatus } from '@panorama/schema';
import { isOneOf } from '../../lib/enums.ts';
import { LEAD_SOURCES, LEAD_STATUSES } from './leadEnums.ts';

/** Lead list filters and sort, kept in the URL so back/forward and links keep them. */
export interface LeadSearch {
  q?: string;
  status?: LeadStatus[];
  source?: LeadSource;
  owner?: string;
  pool?: 'IN_POOL' | 'ASSIGNED';
  from?: string;
  to?: string;
  deleted?: boolean;
  sort?: LeadSortField;
  dir?: 'ASC' | 'DESC';
}

const SORT_FIELDS = ['NAME', 'CREATED_AT', 'UPDATED_AT'] as const satisfies readonly LeadSortField[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
const date = (value: unknown) => (typeof value === 'string' && DATE.test(value) ? value : undefined);

export function validateLeadSearch(raw: Record<string, unknown>): LeadSearch {
  const statuses = (Array.isArray(raw.status) ? raw.status : typeof raw.status === 'string' ? raw.status.split(',') : []).filter((v) => isOneOf(LEAD_STATUSES, v));
  return {
    q: str(raw.q),
    status: statuses.length ? (statuses as LeadStatus[]) : undefined,
    source: isOneOf(LEAD_SOURCES, raw.source) ? raw.source : undefined,
    owner: str(raw.owner),
    pool: raw.pool === 'IN_POOL' || raw.pool === 'ASSIGNED' ? raw.pool : undefined,
    from: date(raw.from),
    to: date(raw.to),
    deleted: raw.deleted === true || raw.deleted === 'true' ? true : undefined,
    sort: isOneOf(SORT_FIELDS, raw.sort) ? raw.sort : undefined,
    dir: raw.dir === 'ASC' || raw.dir === 'DESC' ? raw.dir : undefined,
  };
}

/** Local midnight of a YYYY-MM-DD day, as an ISO instant; `to` is inclusive, so it ends a day later. */
const dayStart = (day: string, plusDays = 0) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
};

export function toLeadFilter(search: LeadSearch): LeadFilter {
  return {
    search: search.q?.trim() || undefined,
    statuses: search.status,
    source: search.source,
    ownerId: search.owner,
    unassigned: search.pool === 'IN_POOL' ? true : search.pool === 'ASSIGNED' ? false : undefined,
    createdFrom: search.from ? dayStart(search.from) : undefined,
    createdTo: search.to ? dayStart(search.to, 1) : undefined,
    deleted: search.deleted ? 'DELETED' : 'ACTIVE',
  };
}

export function toLeadOrder(search: LeadSearch): LeadOrder {
  return { field: search.sort ?? 'CREATED_AT', direction: search.dir ?? 'DESC' };
}

export const hasLeadFilters = (s: LeadSearch) => Boolean(s.q || s.status || s.source || s.owner || s.pool || s.from || s.to || s.deleted);

export const CLEARED_FILTERS: Partial<LeadSearch> = {
  q: undefined, status: undefined, source: undefined, owner: undefined, pool: undefined, from: undefined, to: undefined, deleted: undefined,
};

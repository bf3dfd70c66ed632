import type { OpportunityFilter, OpportunityOrder, OpportunitySortField, OpportunityStatus } from '@panorama/schema';
import { isOneOf } from '../../lib/enums.ts';

/** Opportunity list and board filters and sort, kept in the URL so back/forward and links keep them. */
export interface OpportunitySearch {
  q?: string;
  owner?: string;
  customer?: string;
  stages?: string[];
  status?: OpportunityStatus;
  from?: string;
  to?: string;
  /** Won or lost within (closing date), e.g. from a dashboard drill-down. */
  closedFrom?: string;
  closedTo?: string;
  min?: string;
  /** Dashboard drill-downs: owners in this department subtree; customers in this territory subtree. */
  department?: string;
  territory?: string;
  deleted?: boolean;
  sort?: OpportunitySortField;
  dir?: 'ASC' | 'DESC';
}

export const OPPORTUNITY_STATUSES = ['OPEN', 'WON', 'LOST'] as const satisfies readonly OpportunityStatus[];
const SORT_FIELDS = ['UPDATED_AT', 'EXPECTED_CLOSE_DATE', 'AMOUNT', 'NAME'] as const satisfies readonly OpportunitySortField[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const match = (re: RegExp, value: unknown) => (typeof value === 'string' && re.test(value) ? value : undefined);

export function validateOpportunitySearch(raw: Record<string, unknown>): OpportunitySearch {
  const stages = (Array.isArray(raw.stages) ? raw.stages : typeof raw.stages === 'string' ? raw.stages.split(',') : []).filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  return {
    q: str(raw.q),
    owner: str(raw.owner),
    customer: str(raw.customer),
    stages: stages.length ? stages : undefined,
    status: isOneOf(OPPORTUNITY_STATUSES, raw.status) ? raw.status : undefined,
    from: match(DATE, raw.from),
    to: match(DATE, raw.to),
    closedFrom: match(DATE, raw.closedFrom),
    closedTo: match(DATE, raw.closedTo),
    min: match(AMOUNT, typeof raw.min === 'number' ? String(raw.min) : raw.min),
    department: str(raw.department),
    territory: str(raw.territory),
    deleted: raw.deleted === true || raw.deleted === 'true' ? true : undefined,
    sort: isOneOf(SORT_FIELDS, raw.sort) ? raw.sort : undefined,
    dir: raw.dir === 'ASC' || raw.dir === 'DESC' ? raw.dir : undefined,
  };
}

export function toOpportunityFilter(search: OpportunitySearch): OpportunityFilter {
  return {
    search: search.q || undefined,
    ownerId: search.owner,
    customerId: search.customer,
    stageIds: search.stages,
    status: search.status,
    expectedCloseFrom: search.from,
    expectedCloseTo: search.to,
    closedFrom: search.closedFrom,
    closedTo: search.closedTo,
    minAmount: search.min,
    departmentId: search.department,
    territoryId: search.territory,
    deleted: search.deleted ? 'DELETED' : 'ACTIVE',
  };
}

export function toOpportunityOrder(search: OpportunitySearch): OpportunityOrder {
  return { field: search.sort ?? 'UPDATED_AT', direction: search.dir ?? 'DESC' };
}

/** True when any filter (not the sort) narrows the list. */
export const hasOpportunityFilters = (s: OpportunitySearch) =>
  Boolean(s.q || s.owner || s.customer || s.stages || s.status || s.from || s.to || s.closedFrom || s.closedTo || s.min || s.department || s.territory || s.deleted);

/** The filters that apply to the board (it always shows live deals of every stage). */
export const boardSearch = (s: OpportunitySearch): OpportunitySearch => ({ q: s.q, owner: s.owner, customer: s.customer, from: s.from, to: s.to, min: s.min });

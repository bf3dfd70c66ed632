import type { ContractFilter, ContractKind, ContractOrder, ContractSortField, ContractStatus } from '@panorama/schema';
import { isOneOf } from '../../lib/enums.ts';

/** Contract list filters and sort, kept in the URL. */
export interface ContractSearch {
  q?: string;
  status?: ContractStatus;
  kind?: ContractKind;
  owner?: string;
  customer?: string;
  endFrom?: string;
  endTo?: string;
  sort?: ContractSortField;
  dir?: 'ASC' | 'DESC';
}

export const CONTRACT_STATUSES = ['DRAFT', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'RENEWED', 'TERMINATED'] as const satisfies readonly ContractStatus[];
export const CONTRACT_KINDS = ['SALES', 'SERVICE'] as const satisfies readonly ContractKind[];
const SORT_FIELDS = ['END_DATE', 'START_DATE', 'VALUE', 'UPDATED_AT'] as const satisfies readonly ContractSortField[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const date = (value: unknown) => (typeof value === 'string' && DATE.test(value) ? value : undefined);

export function validateContractSearch(raw: Record<string, unknown>): ContractSearch {
  return {
    q: str(raw.q),
    status: isOneOf(CONTRACT_STATUSES, raw.status) ? raw.status : undefined,
    kind: isOneOf(CONTRACT_KINDS, raw.kind) ? raw.kind : undefined,
    owner: str(raw.owner),
    customer: str(raw.customer),
    endFrom: date(raw.endFrom),
    endTo: date(raw.endTo),
    sort: isOneOf(SORT_FIELDS, raw.sort) ? raw.sort : undefined,
    dir: raw.dir === 'ASC' || raw.dir === 'DESC' ? raw.dir : undefined,
  };
}

export const toContractFilter = (s: ContractSearch): ContractFilter => ({
  search: s.q || undefined, status: s.status, kind: s.kind, ownerId: s.owner, customerId: s.customer, endFrom: s.endFrom, endTo: s.endTo,
});

export const toContractOrder = (s: ContractSearch): ContractOrder => ({ field: s.sort ?? 'UPDATED_AT', direction: s.dir ?? 'DESC' });

export const hasContractFilters = (s: ContractSearch) => Boolean(s.q || s.status || s.kind || s.owner || s.customer || s.endFrom || s.endTo);

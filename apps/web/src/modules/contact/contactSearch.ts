import type { ContactFilter, ContactOrder, ContactSortField } from '@panorama/schema';
import { isOneOf } from '../../lib/enums.ts';

/** Contact list filters and sort, kept in the URL. */
export interface ContactSearch {
  q?: string;
  customer?: string;
  deleted?: boolean;
  sort?: ContactSortField;
  dir?: 'ASC' | 'DESC';
}

const SORT_FIELDS = ['NAME', 'CREATED_AT'] as const satisfies readonly ContactSortField[];
const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

export function validateContactSearch(raw: Record<string, unknown>): ContactSearch {
  return {
    q: str(raw.q),
    customer: str(raw.customer),
    deleted: raw.deleted === true || raw.deleted === 'true' ? true : undefined,
    sort: isOneOf(SORT_FIELDS, raw.sort) ? raw.sort : undefined,
    dir: raw.dir === 'ASC' || raw.dir === 'DESC' ? raw.dir : undefined,
  };
}

export const toContactFilter = (s: ContactSearch): ContactFilter => ({
  search: s.q?.trim() || undefined,
  customerId: s.customer,
  deleted: s.deleted ? 'DELETED' : 'ACTIVE',
});

export const toContactOrder = (s: ContactSearch): ContactOrder => ({ field: s.sort ?? 'NAME', direction: s.dir ?? 'ASC' });

export const hasContactFilters = (s: ContactSearch) => Boolean(s.q || s.customer || s.deleted);

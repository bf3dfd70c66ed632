import type { QuoteFilter, QuoteOrder, QuoteSortField, QuoteStatus } from '@panorama/schema';
import { isOneOf } from '../../lib/enums.ts';

/** Quote list filters and sort, kept in the URL. */
export interface QuoteSearch {
  q?: string;
  status?: QuoteStatus;
  sort?: QuoteSortField;
  dir?: 'ASC' | 'DESC';
}

export const QUOTE_STATUSES = ['DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED'] as const satisfies readonly QuoteStatus[];
const SORT_FIELDS = ['UPDATED_AT', 'CREATED_AT', 'VALID_UNTIL', 'TOTAL', 'NUMBER'] as const satisfies readonly QuoteSortField[];

export function validateQuoteSearch(raw: Record<string, unknown>): QuoteSearch {
  return {
    q: typeof raw.q === 'string' && raw.q.trim() ? raw.q.trim() : undefined,
    status: isOneOf(QUOTE_STATUSES, raw.status) ? raw.status : undefined,
    sort: isOneOf(SORT_FIELDS, raw.sort) ? raw.sort : undefined,
    dir: raw.dir === 'ASC' || raw.dir === 'DESC' ? raw.dir : undefined,
  };
}

export const toQuoteFilter = (s: QuoteSearch): QuoteFilter => ({ search: s.q, status: s.status });
export const toQuoteOrder = (s: QuoteSearch): QuoteOrder => ({ field: s.sort ?? 'UPDATED_AT', direction: s.dir ?? 'DESC' });

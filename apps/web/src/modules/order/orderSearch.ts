import type { OrderFilter, OrderOrder, OrderSortField, OrderStatus } from '@panorama/schema';
import { isOneOf } from '../../lib/enums.ts';

/** Order list filters and sort, kept in the URL. */
export interface OrderSearch {
  q?: string;
  status?: OrderStatus;
  sort?: OrderSortField;
  dir?: 'ASC' | 'DESC';
}

export const ORDER_STATUSES = ['CONFIRMED', 'FULFILLED', 'CANCELLED'] as const satisfies readonly OrderStatus[];
const SORT_FIELDS = ['ORDER_DATE', 'CREATED_AT', 'TOTAL', 'NUMBER'] as const satisfies readonly OrderSortField[];

export function validateOrderSearch(raw: Record<string, unknown>): OrderSearch {
  return {
    q: typeof raw.q === 'string' && raw.q.trim() ? raw.q.trim() : undefined,
    status: isOneOf(ORDER_STATUSES, raw.status) ? raw.status : undefined,
    sort: isOneOf(SORT_FIELDS, raw.sort) ? raw.sort : undefined,
    dir: raw.dir === 'ASC' || raw.dir === 'DESC' ? raw.dir : undefined,
  };
}

export const toOrderFilter = (s: OrderSearch): OrderFilter => ({ search: s.q, status: s.status });
export const toOrderOrder = (s: OrderSearch): OrderOrder => ({ field: s.sort ?? 'ORDER_DATE', direction: s.dir ?? 'DESC' });

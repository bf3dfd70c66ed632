import type { ProductFilter, ProductOrder, ProductSortField } from '@panorama/schema';
import { isOneOf } from '../../lib/enums.ts';

/** Product list filters and sort, kept in the URL. */
export interface ProductSearch {
  q?: string;
  category?: string;
  status?: 'active' | 'archived';
  sort?: ProductSortField;
  dir?: 'ASC' | 'DESC';
}

const SORT_FIELDS = ['NAME', 'SKU', 'UPDATED_AT'] as const satisfies readonly ProductSortField[];
const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function validateProductSearch(raw: Record<string, unknown>): ProductSearch {
  return {
    q: str(raw.q),
    category: str(raw.category),
    status: raw.status === 'active' || raw.status === 'archived' ? raw.status : undefined,
    sort: isOneOf(SORT_FIELDS, raw.sort) ? raw.sort : undefined,
    dir: raw.dir === 'ASC' || raw.dir === 'DESC' ? raw.dir : undefined,
  };
}

export function toProductFilter(search: ProductSearch): ProductFilter {
  return {
    search: search.q || undefined,
    category: search.category,
    active: search.status ? search.status === 'active' : undefined,
  };
}

/** Default: by name, A to Z. */
export function toProductOrder(search: ProductSearch): ProductOrder {
  return { field: search.sort ?? 'NAME', direction: search.dir ?? (search.sort ? 'DESC' : 'ASC') };
}

export const hasProductFilters = (s: ProductSearch) => Boolean(s.q || s.category || s.status);

import type { Parsed } from './import.types.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const fold = (s: string) => s.toLowerCase().replace(/[\s_\-()（）]+/g, '');

/** Plain text up to `max` characters. */
export const textCell = (max: number) => (cell: string): Parsed =>
  cell.length > max ? { error: `must be at most ${max} characters` } : { value: cell };

export const emailCell = (cell: string): Parsed => {
  const email = cell.toLowerCase();
  if (email.length > 200) return { error: 'must be at most 200 characters' };
  return EMAIL.test(email) ? { value: email } : { error: 'not an email address' };
};

/** One of an enum's values, given as the value itself or one of its labels (as export writes them). */
export const enumCell = (labels: Readonly<Record<string, readonly string[]>>) => {
  const lookup = new Map<string, string>();
  for (const [value, names] of Object.entries(labels)) for (const name of [value, ...names]) lookup.set(fold(name), value);
  return (cell: string): Parsed => {
    const value = lookup.get(fold(cell));
    return value ? { value } : { error: `must be one of ${Object.keys(labels).join(', ')}` };
  };
};

/** A list in one cell, separated by commas (also Chinese ones) or semicolons. */
export const listCell = (maxItems: number, maxLength: number) => (cell: string): Parsed => {
  const items = [...new Set(cell.split(/[,;，；、]/).map((s) => s.trim()).filter(Boolean))];
  if (items.length > maxItems) return { error: `at most ${maxItems} items` };
  const long = items.find((s) => s.length > maxLength);
  return long ? { error: `each item at most ${maxLength} characters` } : { value: items };
};

/** A decimal number (thousands separators allowed), at least `min`. */
export const numberCell = (min = 0) => (cell: string): Parsed => {
  const n = Number(cell.replace(/[,\s]/g, ''));
  return Number.isFinite(n) && n >= min ? { value: n } : { error: `must be a number of at least ${min}` };
};

export const booleanCell = (cell: string): Parsed => {
  const v = fold(cell);
  if (['true', 'yes', 'y', '1', '是', '启用'].includes(v)) return { value: true };
  if (['false', 'no', 'n', '0', '否', '停用'].includes(v)) return { value: false };
  return { error: 'must be yes or no' };
};

export { fold as foldHeader };

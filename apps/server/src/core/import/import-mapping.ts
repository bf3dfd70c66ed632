import { badInput, type FieldError } from '../errors/app-error.ts';
import { MATCH_KEY_FIELDS, type ImportDefinition, type ImportValues, type MatchKey, type RowError } from './import.types.ts';
import { foldHeader } from './import-values.ts';
import type { ImportTable } from './import-file.ts';

/** File column → field key. */
export type ColumnMapping = Readonly<Record<string, string>>;

/** The mapping a file suggests: the saved one where its columns still exist, then headers that name a field. */
export function suggestMapping(def: ImportDefinition, columns: readonly string[], saved: ColumnMapping = {}): Record<string, string> {
  const mapping: Record<string, string> = {};
  const taken = new Set<string>();
  const fieldKeys = new Set(def.fields.map((f) => f.key));
  for (const column of columns) {
    const field = saved[column];
    if (field && fieldKeys.has(field) && !taken.has(field)) {
      mapping[column] = field;
      taken.add(field);
    }
  }
  for (const column of columns) {
    if (mapping[column]) continue;
    const folded = foldHeader(column);
    const field = def.fields.find((f) => !taken.has(f.key) && [f.key, ...f.labels].some((l) => foldHeader(l) === folded));
    if (field) {
      mapping[column] = field.key;
      taken.add(field.key);
    }
  }
  return mapping;
}

/** Checks a mapping against the file and the entity: known columns and fields, each field once, required and match fields mapped. */
export function checkMapping(def: ImportDefinition, columns: readonly string[], mapping: ColumnMapping, matchKey: MatchKey | null): void {
  const errors: FieldError[] = [];
  const seen = new Map<string, string>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!columns.includes(column)) errors.push({ field: 'mapping', message: `the file has no column "${column}"` });
    if (!def.fields.some((f) => f.key === field)) errors.push({ field: 'mapping', message: `"${field}" is not a field of ${def.entity}` });
    if (seen.has(field)) errors.push({ field: 'mapping', message: `"${field}" is mapped from both "${seen.get(field)}" and "${column}"` });
    seen.set(field, column);
  }
  for (const f of def.fields) if (f.required && !seen.has(f.key)) errors.push({ field: 'mapping', message: `${f.key} is required: map a column to it` });
  if (matchKey) {
    if (!def.matchKeys.includes(matchKey)) errors.push({ field: 'matchKey', message: `${def.entity} cannot match on ${matchKey}` });
    for (const key of MATCH_KEY_FIELDS[matchKey]) if (!seen.has(key)) errors.push({ field: 'matchKey', message: `${matchKey} needs a column mapped to ${key}` });
  }
  if (errors.length) throw badInput(errors);
}

/** Every row read into field values; the bad cells as errors by row and field. */
export function readRows(def: ImportDefinition, table: ImportTable, mapping: ColumnMapping): { rows: { row: number; values: ImportValues }[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const mapped = Object.entries(mapping).map(([column, key]) => ({ index: table.columns.indexOf(column), field: def.fields.find((f) => f.key === key)! }));
  const rows = table.rows.map(({ row, cells }) => {
    const values: ImportValues = {};
    for (const { index, field } of mapped) {
      const cell = cells[index] ?? '';
      if (!cell) {
        if (field.required) errors.push({ row, field: field.key, message: 'is required' });
        continue;
      }
      const parsed = field.parse(cell);
      if ('error' in parsed) errors.push({ row, field: field.key, message: parsed.error });
      else values[field.key] = parsed.value;
    }
    return { row, values };
  });
  return { rows, errors };
}

import { getNamedType, isNonNullType, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { MAX_PAGE_SIZE } from '../pagination/connection.ts';
import type { ExportColumn, ListExport } from './export.types.ts';

/** Arguments the export sets itself: the page size and the cursor. */
const PAGING_ARGS = new Set(['first', 'after']);

export interface ExportQuery {
  document: DocumentNode;
  /** The list field's own arguments (filter, orderBy, …): the keys the filter JSON may hold. */
  argNames: readonly string[];
}

interface Selection {
  [field: string]: Selection | true;
}

/** The nested selection the columns read: `owner.name` → `owner { name }`; money leaves get `{ amount currency }`. */
function selectionOf(columns: readonly ExportColumn[]): Selection {
  const root: Selection = { id: true };
  for (const column of columns) {
    const steps = column.path.split('.');
    let node = root;
    steps.forEach((step, i) => {
      const last = i === steps.length - 1;
      if (last) {
        node[step] = column.format?.kind === 'money' ? { amount: true, currency: true } : true;
      } else {
        const next = node[step];
        node = next === true || next === undefined ? (node[step] = {}) : next;
      }
    });
  }
  return root;
}

function printSelection(selection: Selection): string {
  return Object.entries(selection)
    .map(([field, sub]) => (sub === true ? field : `${field} { ${printSelection(sub)} }`))
    .join(' ');
}

const cache = new WeakMap<ListExport, ExportQuery>();

/**
 * The GraphQL query one page of the export runs: the list's own Query field with its own
 * arguments as variables (so their types, defaults and validation are the list's), the
 * largest page the list allows, and the fields the columns show.
 */
export function exportQuery(schema: GraphQLSchema, list: ListExport): ExportQuery {
  const cached = cache.get(list);
  if (cached) return cached;
  const field = schema.getQueryType()?.getFields()[list.field];
  if (!field) throw new Error(`export ${list.name}: the schema has no Query.${list.field}`);
  const args = field.args.filter((a) => !PAGING_ARGS.has(a.name));
  const variables = args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const passed = args.map((a) => `${a.name}: $${a.name}`);
  if (!isNonNullType(field.type) || !getNamedType(field.type).name.endsWith('Connection')) {
    throw new Error(`export ${list.name}: Query.${list.field} is not a connection`);
  }
  const text = `query Export${list.name}($after: String${variables.map((v) => `, ${v}`).join('')}) {
    list: ${list.field}(first: ${MAX_PAGE_SIZE}, after: $after${passed.map((p) => `, ${p}`).join('')}) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${printSelection(selectionOf(list.columns))} } }
    }
  }`;
  const document = parse(text);
  const invalid = validate(schema, document);
  if (invalid.length) throw new Error(`export ${list.name}: ${invalid.map((e) => e.message).join('; ')}`);
  const query = { document, argNames: args.map((a) => a.name) };
  cache.set(list, query);
  return query;
}

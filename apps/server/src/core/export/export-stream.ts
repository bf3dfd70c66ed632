import { execute, GraphQLError, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context.ts';
import type { ExportQuery } from './export-query.ts';
import { formatRow } from './export-format.ts';
import type { RowWriter } from './export-writers.ts';
import type { ExportLocale, ListExport } from './export.types.ts';

interface ListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

/** A page of the list failed: the errors as the GraphQL endpoint would report them. */
export class PageFailed extends Error {
  /** `beforeExecution`: the arguments never reached the list (variable coercion): the client's bad input. */
  constructor(readonly errors: readonly GraphQLError[], readonly beforeExecution: boolean) {
    super(errors[0]?.message ?? 'export page failed');
  }

  /** The errors in GraphQL's shape, input errors marked as such (run outside Apollo, they carry no code). */
  formatted(): GraphQLFormattedError[] {
    return this.errors.map((error) => {
      const formatted = error.toJSON();
      if (formatted.extensions?.code || !this.beforeExecution) return formatted;
      return { ...formatted, extensions: { ...formatted.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
    });
  }
}

export interface PageSource {
  /** The page after `after` (null: the first), run through the list's own GraphQL field. */
  page(after: string | null): Promise<ListPage>;
}

/**
 * Pages of a list for one export: each page runs the list's Query field with the caller's
 * arguments and a fresh context (fresh DataLoaders, so memory stays one page deep) that
 * shares the request's viewer and scope.
 */
export function pageSource(schema: GraphQLSchema, query: ExportQuery, args: Record<string, unknown>, context: () => Context): PageSource {
  return {
    async page(after) {
      const result = (await execute({
        schema,
        document: query.document,
        variableValues: { ...args, after },
        contextValue: context(),
      })) as ExecutionResult<{ list: ListPage }>;
      if (result.errors?.length || !result.data) throw new PageFailed(result.errors ?? [new GraphQLError('no data')], !('data' in result));
      return result.data.list;
    },
  };
}

/** Streams every page after the first (already read, for its total) through the writer, awaiting back-pressure; the number of rows written. */
export async function streamPages(
  list: ListExport,
  locale: ExportLocale,
  first: ListPage,
  source: PageSource,
  writer: RowWriter,
  cancelled: () => boolean,
): Promise<number> {
  await writer.header(list.columns.map((c) => c.header[locale]));
  let page = first;
  let rows = 0;
  for (;;) {
    await writer.rows(page.edges.map((e) => formatRow(e.node, list.columns, locale)));
    rows += page.edges.length;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || cancelled()) break;
    page = await source.page(page.pageInfo.endCursor);
  }
  await writer.end();
  return rows;
}

import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors/app-error.ts';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** Makes `XEdge` and `XConnection` (with `totalCount`) object types for a node type (Relay, §6). */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor: string;
    @Field(() => nodeType) node: T;
  }
  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'All records matching the filter that the viewer may see.' }) totalCount: number;
  }
  return { Edge, Connection };
}

/** Like connectionTypes, for streams where a total is not worth counting (timelines). */
export function streamConnectionTypes<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor: string;
    @Field(() => nodeType) node: T;
  }
  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return { Edge, Connection };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Keyset position: the sort value of the last row and its id. */
export interface Cursor {
  v: string | number | null;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.v, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string | null | undefined, field = 'after'): Cursor | null {
  if (value == null) return null;
  try {
    const [v, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof id !== 'string' || !(v === null || typeof v === 'string' || typeof v === 'number')) throw new Error();
    return { v, id };
  } catch {
    throw badInput(field, 'is not a valid cursor');
  }
}

export function checkPageSize(first: number | null | undefined, fallback = 25): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1) throw badInput('first', 'must be a positive whole number');
  if (size > MAX_PAGE_SIZE) throw badInput('first', `must be at most ${MAX_PAGE_SIZE}`);
  return size;
}

/** Turns `first + 1` fetched rows into a page. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  first: number,
  sortValue: (row: T) => string | number | null,
  totalCount?: number,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor({ v: sortValue(node), id: node.id }), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * Prisma `where` for "after this cursor" in an (field, id) keyset order.
 * Dates travel in cursors as ISO strings.
 */
export function keysetWhere(field: string, direction: 'asc' | 'desc', cursor: Cursor | null, isDate: boolean) {
  if (!cursor) return {};
  const value = isDate && typeof cursor.v === 'string' ? new Date(cursor.v) : cursor.v;
  const cmp = direction === 'asc' ? 'gt' : 'lt';
  return { OR: [{ [field]: { [cmp]: value } }, { [field]: value, id: { [cmp]: cursor.id } }] };
}

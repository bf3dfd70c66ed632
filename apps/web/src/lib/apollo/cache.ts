import { InMemoryCache, type ApolloCache } from '@apollo/client';

interface Edges {
  edges: readonly unknown[];
}

/** Timeline pages append ("load more"); a request without `after` starts over. */
function appendEdges<T extends Edges>(existing: T | undefined, incoming: T, { args }: { args: Record<string, unknown> | null }): T {
  if (!existing || !args?.after) return incoming;
  return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
}

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Viewer: { keyFields: false },
      Address: { merge: true },
      PoolStatus: { keyFields: [] },
      PoolSettings: { keyFields: [] },
      Money: { merge: true },
      Customer: {
        fields: {
          timeline: { keyArgs: false, merge: appendEdges },
        },
      },
    },
  });
}

/** Drops cached root lists so their next read goes to the server (after create, delete, claim…). */
export function evictRootFields(cache: ApolloCache, fields: readonly string[]) {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

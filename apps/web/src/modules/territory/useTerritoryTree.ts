import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { TerritoryTreeDocument } from '@panorama/schema';
import { buildTerritoryTree } from './territoryTree.ts';

/** The territory tree with the viewer's counts, as roots, as a depth-first list, and as select options labelled by path. */
export function useTerritoryTree() {
  const { data, loading, error, refetch } = useQuery(TerritoryTreeDocument, { fetchPolicy: 'cache-and-network' });
  const items = data?.territoryTree;
  const shaped = useMemo(() => {
    const { roots, flat } = buildTerritoryTree(items ?? []);
    return { roots, flat, byId: new Map(flat.map((n) => [n.id, n])), options: flat.map((n) => ({ value: n.id, label: n.label })) };
  }, [items]);
  return { ...shaped, loaded: Boolean(data), loading, error, refetch };
}

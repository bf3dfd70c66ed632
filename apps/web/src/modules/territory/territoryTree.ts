import type { TerritoryNodeItemFragment } from '@panorama/schema';

export interface TerritoryTreeNode extends TerritoryNodeItemFragment {
  children: TerritoryTreeNode[];
  /** "华东 / 上海" */
  label: string;
}

/** Builds the tree from the server's depth-first list (parents by `parentId`; the server's order is kept). */
export function buildTerritoryTree(items: readonly TerritoryNodeItemFragment[]): { roots: TerritoryTreeNode[]; flat: TerritoryTreeNode[] } {
  const byId = new Map<string, TerritoryTreeNode>();
  const flat: TerritoryTreeNode[] = [];
  const roots: TerritoryTreeNode[] = [];
  for (const item of items) {
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    const node: TerritoryTreeNode = { ...item, children: [], label: parent ? `${parent.label} / ${item.name}` : item.name };
    byId.set(item.id, node);
    flat.push(node);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { roots, flat };
}

/** Ids of a territory and everything under it (it cannot move below itself). */
export function subtreeIds(node: TerritoryTreeNode): Set<string> {
  return new Set([node.id, ...node.children.flatMap((child) => [...subtreeIds(child)])]);
}

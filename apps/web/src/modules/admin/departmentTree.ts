import type { DepartmentItemFragment } from '@panorama/schema';

export interface DepartmentNode extends DepartmentItemFragment {
  children: DepartmentNode[];
  depth: number;
  /** "Sales / East" */
  label: string;
}

/** Builds the tree from the flat `departments` list (parents by `parentId`), sorted by name. */
export function buildDepartmentTree(items: readonly DepartmentItemFragment[], locale: string): DepartmentNode[] {
  const byId = new Map<string, DepartmentNode>();
  for (const item of items) byId.set(item.id, { ...item, children: [], depth: 0, label: item.name });
  const roots: DepartmentNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const collator = new Intl.Collator(locale);
  const walk = (nodes: DepartmentNode[], depth: number, prefix: string) => {
    nodes.sort((a, b) => collator.compare(a.name, b.name));
    for (const node of nodes) {
      node.depth = depth;
      node.label = prefix ? `${prefix} / ${node.name}` : node.name;
      walk(node.children, depth + 1, node.label);
    }
  };
  walk(roots, 0, '');
  return roots;
}

/** Depth-first list of the tree, for selects. */
export function flattenDepartments(roots: DepartmentNode[]): DepartmentNode[] {
  return roots.flatMap((node) => [node, ...flattenDepartments(node.children)]);
}

/** Ids of a department and everything under it (it cannot move below itself). */
export function subtreeIds(node: DepartmentNode): Set<string> {
  return new Set([node.id, ...node.children.flatMap((child) => [...subtreeIds(child)])]);
}

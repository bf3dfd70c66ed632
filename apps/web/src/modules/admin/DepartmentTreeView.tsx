import { useMemo } from 'react';
import { ActionIcon, Badge, Group, Text, Tooltip, Tree, getTreeExpandedState, useTree, type TreeNodeData } from '@mantine/core';
import { IconArrowsMove, IconChevronRight, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DepartmentNode } from './departmentTree.ts';

export interface DepartmentActions {
  addChild: (d: DepartmentNode) => void;
  rename: (d: DepartmentNode) => void;
  move: (d: DepartmentNode) => void;
  remove: (d: DepartmentNode) => void;
}

const toTreeData = (nodes: DepartmentNode[]): TreeNodeData[] =>
  nodes.map((n) => ({ value: n.id, label: n.name, children: toTreeData(n.children) }));

/** The department tree, all expanded at first (remount it with a new `key` to expand new nodes), with per-node actions. */
export function DepartmentTreeView({ tree, byId, actions }: { tree: DepartmentNode[]; byId: Map<string, DepartmentNode>; actions: DepartmentActions }) {
  const { t } = useTranslation();
  const data = useMemo(() => toTreeData(tree), [tree]);
  const controller = useTree({ initialExpandedState: getTreeExpandedState(data, '*') });

  const action = (label: string, icon: React.ReactNode, onClick: () => void, color?: string) => (
    <Tooltip label={label} openDelay={400}>
      <ActionIcon
        variant="subtle"
        color={color ?? 'gray'}
        size="sm"
        aria-label={label}
        onClick={(e) => {
          e.stopPropagation();
          onClick();
        }}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Tree
      data={data}
      tree={controller}
      levelOffset={28}
      expandOnClick={false}
      aria-label={t('admin.departments.title')}
      renderNode={({ node, expanded, hasChildren, elementProps, tree: ctl }) => {
        const d = byId.get(node.value);
        if (!d) return null;
        return (
          <Group {...elementProps} gap="xs" py={6} pr="xs" wrap="nowrap" justify="space-between" data-testid={`department-${d.id}`}>
            <Group gap={6} wrap="nowrap">
              <ActionIcon
                variant="transparent"
                color="gray"
                size="sm"
                aria-label={expanded ? t('admin.departments.collapse') : t('admin.departments.expand')}
                style={{ visibility: hasChildren ? 'visible' : 'hidden', transform: expanded ? 'rotate(90deg)' : undefined }}
                onClick={(e) => {
                  e.stopPropagation();
                  ctl.toggleExpanded(node.value);
                }}
              >
                <IconChevronRight size={14} />
              </ActionIcon>
              <Text size="sm" fw={d.depth === 0 ? 600 : 400}>{d.name}</Text>
              <Badge size="xs" variant="light" color="gray">{t('admin.departments.userCount', { n: d.userCount })}</Badge>
            </Group>
            <Group gap={2} wrap="nowrap">
              {action(t('admin.departments.addChildNamed', { name: d.name }), <IconPlus size={14} />, () => actions.addChild(d))}
              {action(t('admin.departments.renameNamed', { name: d.name }), <IconPencil size={14} />, () => actions.rename(d))}
              {action(t('admin.departments.moveNamed', { name: d.name }), <IconArrowsMove size={14} />, () => actions.move(d))}
              {action(t('admin.departments.deleteNamed', { name: d.name }), <IconTrash size={14} />, () => actions.remove(d), 'red')}
            </Group>
          </Group>
        );
      }}
    />
  );
}

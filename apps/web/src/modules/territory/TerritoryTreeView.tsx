import { useMemo } from 'react';
import { ActionIcon, Badge, Box, Group, Progress, Text, Tooltip, Tree, getTreeExpandedState, useTree, type TreeNodeData } from '@mantine/core';
import { IconArrowsMove, IconChevronRight, IconPencil, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { TerritoryTreeNode } from './territoryTree.ts';

export interface TerritoryActions {
  addChild: (t: TerritoryTreeNode) => void;
  rename: (t: TerritoryTreeNode) => void;
  move: (t: TerritoryTreeNode) => void;
  reps: (t: TerritoryTreeNode) => void;
  remove: (t: TerritoryTreeNode) => void;
}

const toTreeData = (nodes: TerritoryTreeNode[]): TreeNodeData[] => nodes.map((n) => ({ value: n.id, label: n.name, children: toTreeData(n.children) }));

/**
 * The territory tree (Mantine's Tree: arrow keys move, Left/Right collapse/expand, all expanded at
 * first — remount with a new `key` to expand new nodes), each node with its reps, customer count
 * and open pipeline (own and with sub-territories; the bar is the share of the largest top level).
 */
export function TerritoryTreeView({ roots, byId, actions }: { roots: TerritoryTreeNode[]; byId: Map<string, TerritoryTreeNode>; actions: TerritoryActions | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = useMemo(() => toTreeData(roots), [roots]);
  const controller = useTree({ initialExpandedState: getTreeExpandedState(data, '*') });
  const max = Math.max(1, ...roots.map((r) => Number(r.totalOpenPipeline.amount)));

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
      aria-label={t('territory.title')}
      renderNode={({ node, expanded, hasChildren, elementProps, tree: ctl }) => {
        const n = byId.get(node.value);
        if (!n) return null;
        const money = (m: { amount: string; currency: string }) => format.money(m.amount, m.currency);
        return (
          <Group {...elementProps} gap="xs" py={6} pr="xs" wrap="nowrap" justify="space-between" data-testid={`territory-node-${n.id}`}>
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
              <ActionIcon
                variant="transparent"
                color="gray"
                size="sm"
                aria-label={expanded ? t('territory.collapse') : t('territory.expand')}
                aria-expanded={hasChildren ? expanded : undefined}
                style={{ visibility: hasChildren ? 'visible' : 'hidden', transform: expanded ? 'rotate(90deg)' : undefined }}
                onClick={(e) => {
                  e.stopPropagation();
                  ctl.toggleExpanded(node.value);
                }}
              >
                <IconChevronRight size={14} />
              </ActionIcon>
              <Box style={{ minWidth: 0 }}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={n.depth === 0 ? 600 : 400} data-testid="territory-name">{n.name}</Text>
                  {n.reps.length ? (
                    n.reps.map((r) => <Badge key={r.id} size="xs" variant="light" color="indigo">{r.name}</Badge>)
                  ) : (
                    <Text size="xs" c="dimmed">{t('territory.noReps')}</Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed" data-testid="territory-figures">
                  {t('territory.summary', {
                    own: format.number(n.customerCount), total: format.number(n.totalCustomerCount),
                    amount: money(n.openPipeline), totalAmount: money(n.totalOpenPipeline),
                  })}
                  {n.unconvertedCount > 0 && ` · ${t('territory.unconverted', { count: n.unconvertedCount })}`}
                </Text>
              </Box>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Progress
                value={(Number(n.totalOpenPipeline.amount) / max) * 100}
                w={90}
                size="sm"
                color="teal"
                aria-label={`${t('territory.pipeline')}: ${money(n.totalOpenPipeline)}`}
              />
              {actions && (
                <Group gap={2} wrap="nowrap">
                  {action(t('territory.repsNamed', { name: n.name }), <IconUsers size={14} />, () => actions.reps(n))}
                  {action(t('territory.addChildNamed', { name: n.name }), <IconPlus size={14} />, () => actions.addChild(n))}
                  {action(t('territory.renameNamed', { name: n.name }), <IconPencil size={14} />, () => actions.rename(n))}
                  {action(t('territory.moveNamed', { name: n.name }), <IconArrowsMove size={14} />, () => actions.move(n))}
                  {action(t('territory.deleteNamed', { name: n.name }), <IconTrash size={14} />, () => actions.remove(n), 'red')}
                </Group>
              )}
            </Group>
          </Group>
        );
      }}
    />
  );
}

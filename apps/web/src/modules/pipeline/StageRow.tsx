import { ActionIcon, Badge, Group, Menu, Paper, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowDown, IconArrowUp, IconDots, IconEdit, IconGripVertical, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PipelineStagesAdminQuery } from '@panorama/schema';

export type AdminStage = PipelineStagesAdminQuery['pipelineStages'][number];
const KIND_COLORS = { OPEN: 'blue', WON: 'teal', LOST: 'red' } as const;

interface StageRowProps {
  stage: AdminStage;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onToggle: () => void;
  onDelete: () => void;
}

/** One stage in the admin list: drag handle (mouse or keyboard), up/down buttons, and its actions. */
export function StageRow({ stage, index, count, onMove, onEdit, onToggle, onDelete }: StageRowProps) {
  const { t } = useTranslation();
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: stage.id });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      radius="md"
      data-testid="stage-row"
      style={{ transform: CSS.Translate.toString(transform), transition, opacity: stage.active ? 1 : 0.6, zIndex: isDragging ? 1 : undefined, position: 'relative' }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <ActionIcon variant="subtle" color="gray" style={{ cursor: 'grab' }} aria-label={t('pipeline.dragHandle', { name: stage.name })} ref={setActivatorNodeRef} {...attributes} {...listeners}>
            <IconGripVertical size={16} />
          </ActionIcon>
          <Text size="sm" c="dimmed" w={20} ta="right">
            {index + 1}
          </Text>
          <Text fw={500} truncate>
            {stage.name}
          </Text>
          <Badge variant="light" color={KIND_COLORS[stage.kind]}>{t(`pipeline.kinds.${stage.kind}`)}</Badge>
          {!stage.active && <Badge variant="outline" color="gray">{t('pipeline.inactive')}</Badge>}
        </Group>
        <Group gap="lg" wrap="nowrap">
          <Text size="sm" w={60} ta="right">{stage.probability}%</Text>
          <Text size="sm" c="dimmed" w={90} ta="right">{t('opportunity.board.count', { count: stage.opportunityCount })}</Text>
          <Group gap={2} wrap="nowrap">
            <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('pipeline.moveUp', { name: stage.name })}>
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="gray" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('pipeline.moveDown', { name: stage.name })}>
              <IconArrowDown size={16} />
            </ActionIcon>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('pipeline.actionsFor', { name: stage.name })}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconEdit size={14} />} onClick={onEdit}>{t('common.edit')}</Menu.Item>
                <Menu.Item leftSection={stage.active ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />} onClick={onToggle}>
                  {stage.active ? t('pipeline.deactivate') : t('pipeline.activate')}
                </Menu.Item>
                <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={onDelete} disabled={stage.opportunityCount > 0} title={stage.opportunityCount > 0 ? t('pipeline.inUse', { count: stage.opportunityCount }) : undefined}>
                  {t('common.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </Group>
    </Paper>
  );
}

import type { CSSProperties, KeyboardEvent } from 'react';
import { ActionIcon, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowsRightLeft, IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { useFormat } from '../../lib/format.ts';
import type { BoardCardData, BoardColumnData } from './boardModel.ts';

interface BoardCardProps {
  card: BoardCardData;
  /** Other stages, for the "move to" menu (the keyboard- and touch-friendly alternative to dragging). */
  targets?: BoardColumnData['stage'][];
  onMoveTo?: (stageId: string) => void;
  overlay?: boolean;
}

// Keys typed on the inner link and menu must not start a keyboard drag of the card.
const keepKeys = (e: KeyboardEvent) => e.stopPropagation();

/** A deal on the board; the whole card is the drag handle (mouse, touch, or space/enter + arrows). */
export function BoardCard({ card, targets = [], onMoveTo, overlay }: BoardCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const sortable = useSortable({ id: card.id, disabled: overlay });
  const amount = format.money(card.amount.amount, card.amount.currency);
  const style: CSSProperties = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
    opacity: sortable.isDragging && !overlay ? 0.4 : 1,
    cursor: overlay ? 'grabbing' : 'grab',
    touchAction: 'manipulation',
  };
  return (
    <Paper
      ref={overlay ? undefined : sortable.setNodeRef}
      style={style}
      withBorder
      shadow={overlay ? 'md' : 'xs'}
      radius="md"
      p="sm"
      data-testid="board-card"
      data-name={card.name}
      {...(overlay ? {} : sortable.attributes)}
      {...(overlay ? {} : sortable.listeners)}
      aria-label={t('opportunity.board.cardLabel', { name: card.name, customer: card.customer?.name ?? '—', amount })}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
          <AnchorLink to="/opportunities/$id" params={{ id: card.id }} size="sm" fw={600} lineClamp={2} onKeyDown={keepKeys}>
            {card.name}
          </AnchorLink>
          {onMoveTo && targets.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('opportunity.board.moveTo', { name: card.name })} onKeyDown={keepKeys} onPointerDown={(e) => e.stopPropagation()}>
                  <IconArrowsRightLeft size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown onKeyDown={keepKeys}>
                {targets.map((stage) => (
                  <Menu.Item key={stage.id} onClick={() => onMoveTo(stage.id)}>
                    {stage.name}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {card.customer && (
          <Text size="xs" c="dimmed" truncate>
            {card.customer.name}
          </Text>
        )}
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="sm" fw={500} ff="monospace">
            {amount}
          </Text>
          <Text size="xs" c="dimmed">
            {card.probability}%
          </Text>
        </Group>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Group gap={4} wrap="nowrap">
            <IconCalendarEvent size={12} color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              {format.date(`${card.expectedCloseDate}T00:00:00`)}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" truncate maw={110}>
            {card.owner?.name ?? ''}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

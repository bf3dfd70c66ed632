import { useState } from 'react';
import { Group, ScrollArea } from '@mantine/core';
import {
  DndContext, DragOverlay, KeyboardSensor, MeasuringStrategy, PointerSensor, closestCorners, useSensor, useSensors,
  type Announcements, type DragEndEvent, type DragOverEvent, type DragStartEvent,
} from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { BoardCard } from './BoardCard.tsx';
import { BoardColumn } from './BoardColumn.tsx';
import { columnOf, moveCard, type BoardColumnData } from './boardModel.ts';
import { boardKeyboardCoordinates } from './boardKeyboard.ts';

interface Drag {
  id: string;
  fromStageId: string;
  fromIndex: number;
  columns: BoardColumnData[];
}

interface BoardViewProps {
  columns: BoardColumnData[];
  onDrop: (columns: BoardColumnData[], cardId: string, fromStageId: string) => void;
  onMoveTo: (cardId: string, stageId: string) => void;
}

/** Where a drop target sits: a column (empty area) or a card (its index). */
function target(columns: BoardColumnData[], overId: string): { stageId: string; index: number } | null {
  if (overId.startsWith('column:')) {
    const stageId = overId.slice('column:'.length);
    return { stageId, index: columns.find((c) => c.stage.id === stageId)?.opportunities.length ?? 0 };
  }
  const column = columnOf(columns, overId);
  return column ? { stageId: column.stage.id, index: column.opportunities.findIndex((o) => o.id === overId) } : null;
}

/** The kanban: columns side by side, cards sortable within and across them (dnd-kit). */
export function BoardView({ columns, onDrop, onMoveTo }: BoardViewProps) {
  const { t } = useTranslation();
  const [drag, setDrag] = useState<Drag | null>(null);
  const shown = drag?.columns ?? columns;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );
  const cardName = (id: unknown) => shown.flatMap((c) => c.opportunities).find((o) => o.id === id)?.name ?? '';
  const stageName = (overId: unknown) => {
    const at = overId ? target(shown, String(overId)) : null;
    return shown.find((c) => c.stage.id === at?.stageId)?.stage.name ?? '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('opportunity.board.pickedUp', { name: cardName(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('opportunity.board.over', { name: cardName(active.id), stage: stageName(over.id) }) : undefined),
    onDragEnd: ({ active, over }) =>
      over ? t('opportunity.board.dropped', { name: cardName(active.id), stage: stageName(over.id) }) : t('opportunity.board.cancelled', { name: cardName(active.id) }),
    onDragCancel: ({ active }) => t('opportunity.board.cancelled', { name: cardName(active.id) }),
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    const column = columnOf(columns, String(active.id));
    if (!column) return;
    setDrag({ id: String(active.id), fromStageId: column.stage.id, fromIndex: column.opportunities.findIndex((o) => o.id === active.id), columns });
  };
  // Crossing into another column moves the card there while dragging, so the column makes room.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!drag || !over) return;
    const to = target(drag.columns, String(over.id));
    const from = columnOf(drag.columns, String(active.id));
    if (!to || !from || from.stage.id === to.stageId) return;
    setDrag({ ...drag, columns: moveCard(drag.columns, drag.id, to.stageId, to.index) });
  };
  const onDragEnd = ({ over }: DragEndEvent) => {
    const current = drag;
    setDrag(null);
    if (!current || !over) return;
    const to = target(current.columns, String(over.id));
    if (!to) return;
    const final = moveCard(current.columns, current.id, to.stageId, to.index);
    const landed = columnOf(final, current.id)!;
    const index = landed.opportunities.findIndex((o) => o.id === current.id);
    if (landed.stage.id === current.fromStageId && index === current.fromIndex) return;
    onDrop(final, current.id, current.fromStageId);
  };

  const stages = shown.map((c) => c.stage);
  const dragged = drag ? shown.flatMap((c) => c.opportunities).find((o) => o.id === drag.id) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDrag(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('opportunity.board.instructions') } }}
    >
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="md" pb="sm">
          {shown.map((column) => (
            <BoardColumn key={column.stage.id} column={column} stages={stages} onMoveTo={onMoveTo} />
          ))}
        </Group>
      </ScrollArea>
      <DragOverlay>{dragged ? <BoardCard card={dragged} overlay /> : null}</DragOverlay>
    </DndContext>
  );
}

import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/**
 * Keyboard moves on the board: left/right jump to the previous/next column (its top), up/down
 * move within a column (dnd-kit's sortable default). Columns are the `column:<stageId>` droppables.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return sortableKeyboardCoordinates(event, args);
  const { collisionRect, droppableRects, droppableContainers } = args.context;
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .filter((c) => String(c.id).startsWith('column:'))
    .map((c) => droppableRects.get(c.id))
    .filter((rect): rect is NonNullable<typeof rect> => Boolean(rect))
    .sort((a, b) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  const next = event.code === 'ArrowRight' ? columns.find((r) => r.left > centre) : [...columns].reverse().find((r) => r.left + r.width < centre);
  if (!next) return undefined;
  event.preventDefault();
  return { x: next.left + (next.width - collisionRect.width) / 2, y: next.top };
};

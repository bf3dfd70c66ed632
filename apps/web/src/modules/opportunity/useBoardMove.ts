import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MoveOpportunityDocument } from '@panorama/schema';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { columnOf, moveCard, neighbours, type BoardColumnData } from './boardModel.ts';

export interface LostRequest {
  columns: BoardColumnData[];
  cardId: string;
  name: string;
  stage: BoardColumnData['stage'];
}

/**
 * Drops on the board: shows the new layout at once (optimistic), sends the move, then
 * reloads the board for exact counts and totals; on an error the card goes back. A drop on
 * a LOST stage first asks for the lost reason.
 */
export function useBoardMove(serverColumns: BoardColumnData[], reload: () => Promise<unknown>) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [optimistic, setOptimistic] = useState<BoardColumnData[] | null>(null);
  const [lost, setLost] = useState<LostRequest | null>(null);
  const [move] = useMutation(MoveOpportunityDocument);

  const commit = async (columns: BoardColumnData[], cardId: string, fromStageId: string, lostReason?: string) => {
    const column = columnOf(columns, cardId)!;
    const card = column.opportunities.find((o) => o.id === cardId)!;
    setOptimistic(columns);
    try {
      await move({ variables: { id: cardId, input: { version: card.version, stageId: column.stage.id, ...neighbours(columns, cardId), lostReason } } });
      await reload();
      if (fromStageId !== column.stage.id) notifications.show({ color: 'teal', message: t('opportunity.board.moved', { stage: column.stage.name }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('opportunity.board.moveFailed'), message: errorMessage(error) });
      await reload().catch(() => undefined);
    } finally {
      setOptimistic(null);
    }
  };

  /** The card `cardId` now sits where `columns` shows it; `fromStageId` is where the drag started. */
  const drop = (columns: BoardColumnData[], cardId: string, fromStageId: string) => {
    const column = columnOf(columns, cardId);
    if (!column) return;
    const card = column.opportunities.find((o) => o.id === cardId)!;
    if (column.stage.kind === 'LOST' && column.stage.id !== fromStageId) {
      setOptimistic(columns);
      setLost({ columns, cardId, name: card.name, stage: column.stage });
      return;
    }
    void commit(columns, cardId, fromStageId);
  };

  /** Keyboard/menu alternative to dragging: to the top of another stage. */
  const moveTo = (cardId: string, stageId: string) => {
    const current = optimistic ?? serverColumns;
    const from = columnOf(current, cardId);
    if (!from || from.stage.id === stageId) return;
    drop(moveCard(current, cardId, stageId, 0), cardId, from.stage.id);
  };

  return {
    columns: optimistic ?? serverColumns,
    drop,
    moveTo,
    lost,
    confirmLost: (reason: string) => {
      if (!lost) return;
      setLost(null);
      void commit(lost.columns, lost.cardId, '', reason);
    },
    cancelLost: () => {
      setLost(null);
      setOptimistic(null);
    },
  };
}

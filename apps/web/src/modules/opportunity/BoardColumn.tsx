import { Badge, Group, Loader, Paper, ScrollArea, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { STATUS_COLORS } from './OpportunityBadges.tsx';
import { BoardCard } from './BoardCard.tsx';
import type { BoardColumnData } from './boardModel.ts';

export const COLUMN_WIDTH = 256;

/** One stage: header with the visible count and totals per currency, then its cards. */
export function BoardColumn({ column, stages, onMoveTo }: { column: BoardColumnData; stages: BoardColumnData['stage'][]; onMoveTo: (cardId: string, stageId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { setNodeRef, isOver } = useDroppable({ id: `column:${column.stage.id}` });
  const { stage } = column;
  const hidden = column.totalCount === null ? 0 : column.totalCount - column.opportunities.length;
  const totals = column.totals?.map((m) => format.money(m.amount, m.currency)) ?? [];
  return (
    <Paper
      withBorder
      radius="md"
      bg={isOver ? 'blue.0' : 'gray.0'}
      w={COLUMN_WIDTH}
      miw={COLUMN_WIDTH}
      p="sm"
      data-testid="board-column"
      data-stage={stage.name}
      aria-label={stage.name}
      component="section"
      style={{ borderTop: `3px solid var(--mantine-color-${STATUS_COLORS[stage.kind]}-5)` }}
    >
      <Stack gap={2} mb="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm" truncate title={stage.name}>
            {stage.name}
          </Text>
          <Group gap={4} wrap="nowrap">
            {!stage.active && <Badge size="xs" color="gray" variant="outline">{t('opportunity.board.inactive')}</Badge>}
            {column.totalCount === null ? (
              <Loader size={14} color="gray" aria-label={t('common.loading')} />
            ) : (
              <Badge variant="light" color="gray" data-testid="column-count" aria-label={t('opportunity.board.count', { count: column.totalCount })}>
                {column.totalCount}
              </Badge>
            )}
          </Group>
        </Group>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Tooltip label={totals.join(' · ')} disabled={totals.length <= 2} multiline maw={260} withinPortal>
            {column.totals === null ? (
              <Skeleton h={12} w={120} radius="sm" />
            ) : (
              <Text size="xs" c="dimmed" data-testid="column-totals" truncate>
                {totals.length ? totals.slice(0, 2).join(' · ') : format.money('0', 'CNY')}
                {totals.length > 2 && ` +${totals.length - 2}`}
              </Text>
            )}
          </Tooltip>
          {stage.kind === 'OPEN' && <Text size="xs" c="dimmed">{stage.probability}%</Text>}
        </Group>
      </Stack>
      <ScrollArea.Autosize mah="calc(100vh - 330px)" type="auto" scrollbars="y" offsetScrollbars="y">
        <SortableContext id={stage.id} items={column.opportunities.map((o) => o.id)} strategy={verticalListSortingStrategy}>
          <Stack gap="xs" ref={setNodeRef} mih={80}>
            {column.opportunities.map((card) => (
              <BoardCard key={card.id} card={card} targets={stages.filter((s) => s.id !== stage.id && s.active)} onMoveTo={(to) => onMoveTo(card.id, to)} />
            ))}
            {column.opportunities.length === 0 && (
              <Text size="sm" c="dimmed" ta="center" py="lg">
                {t('opportunity.board.empty')}
              </Text>
            )}
          </Stack>
        </SortableContext>
      </ScrollArea.Autosize>
      {hidden > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('opportunity.board.more', { count: hidden })}
        </Text>
      )}
    </Paper>
  );
}

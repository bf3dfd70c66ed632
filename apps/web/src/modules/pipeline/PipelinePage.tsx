import { useState } from 'react';
import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { StageModal } from './StageModal.tsx';
import { StageRow, type AdminStage } from './StageRow.tsx';
import { usePipelineAdmin } from './usePipelineAdmin.ts';

/** Admin: the pipeline stages in board order — add, edit, reorder (drag or arrows), deactivate, delete. */
export function PipelinePage() {
  const { t } = useTranslation();
  const admin = usePipelineAdmin();
  const [editing, setEditing] = useState<AdminStage | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AdminStage | null>(null);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = admin.stages.map((s) => s.id);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) void admin.move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <>
      <PageHeader
        title={t('pipeline.title')}
        description={t('pipeline.description')}
        actions={<Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('pipeline.new')}</Button>}
      />
      {admin.error && <QueryError error={admin.error} onRetry={() => void admin.refetch()} />}
      {admin.loading ? (
        <Center h={200}><Loader /></Center>
      ) : admin.stages.length === 0 ? (
        <Text c="dimmed">{t('pipeline.empty')}</Text>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <Stack gap="xs" maw={900}>
              {admin.stages.map((stage, index) => (
                <StageRow
                  key={stage.id}
                  stage={stage}
                  index={index}
                  count={admin.stages.length}
                  onMove={(delta) => void admin.move(index, index + delta)}
                  onEdit={() => setEditing(stage)}
                  onToggle={() => void admin.toggle(stage)}
                  onDelete={() => setDeleting(stage)}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
      {editing && (
        <StageModal
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          stage={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void admin.refetch();
          }}
        />
      )}
      <ConfirmDialog
        opened={Boolean(deleting)}
        title={t('pipeline.deleteTitle')}
        message={deleting ? t('pipeline.deleteBody', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => deleting && void admin.destroy(deleting).then(() => setDeleting(null))}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

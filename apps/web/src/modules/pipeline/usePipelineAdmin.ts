import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { arrayMove } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import {
  DeletePipelineStageDocument, PipelineStagesAdminDocument, ReorderPipelineStagesDocument, UpdatePipelineStageDocument,
} from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import type { AdminStage } from './StageRow.tsx';

/** The stages (all, with deal counts) and the admin actions on them; a failed reorder snaps back. */
export function usePipelineAdmin() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useQuery(PipelineStagesAdminDocument, { fetchPolicy: 'cache-and-network' });
  const [order, setOrder] = useState<string[] | null>(null);
  const [reorder] = useMutation(ReorderPipelineStagesDocument);
  const [update] = useMutation(UpdatePipelineStageDocument);
  const [remove] = useMutation(DeletePipelineStageDocument);
  const server = query.data?.pipelineStages ?? [];
  const stages: AdminStage[] = order ? order.map((id) => server.find((s) => s.id === id)!).filter(Boolean) : server;
  const fail = (error: unknown) => notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
  const done = async (message: string) => {
    await query.refetch();
    notifications.show({ color: 'teal', message });
  };
  const changed = (cache: Parameters<typeof evictRootFields>[0]) => evictRootFields(cache, ['pipelineStages', 'opportunityBoard']);

  const move = async (from: number, to: number) => {
    if (from === to || to < 0 || to >= stages.length) return;
    const ids = arrayMove(stages.map((s) => s.id), from, to);
    setOrder(ids);
    try {
      await reorder({ variables: { ids }, update: changed });
      await done(t('pipeline.notify.reordered'));
    } catch (error) {
      fail(error);
    } finally {
      setOrder(null);
    }
  };

  const toggle = async (stage: AdminStage) => {
    try {
      await update({ variables: { id: stage.id, input: { version: stage.version, active: !stage.active } }, update: changed });
      await done(t(stage.active ? 'pipeline.notify.deactivated' : 'pipeline.notify.activated', { name: stage.name }));
    } catch (error) {
      fail(error);
    }
  };

  const destroy = async (stage: AdminStage) => {
    try {
      await remove({ variables: { id: stage.id }, update: changed });
      await done(t('pipeline.notify.deleted', { name: stage.name }));
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  return { stages, loading: query.loading && !query.data, error: query.error, refetch: query.refetch, move, toggle, destroy };
}

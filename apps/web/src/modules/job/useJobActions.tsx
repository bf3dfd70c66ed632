import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CancelJobDocument, RetryJobDocument, type JobItemFragment } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useTaskLabel } from './useTaskLabel.ts';

/** Both lists (queues and jobs) change with either action. */
const REFETCH = ['JobQueues', 'Jobs'];

/** Retry (at once) and Cancel (after a confirmation; render `dialog` once) for the jobs page. */
export function useJobActions() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const taskLabel = useTaskLabel();
  const [toCancel, setToCancel] = useState<JobItemFragment | null>(null);
  const [retrying, setRetrying] = useState<string | null>(null);
  const [retryJob] = useMutation(RetryJobDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [cancelJob, { loading: cancelling }] = useMutation(CancelJobDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });

  const retry = async (job: JobItemFragment) => {
    setRetrying(job.id);
    try {
      await retryJob({ variables: { id: job.id } });
      notifications.show({ color: 'teal', message: t('job.retry.done') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    } finally {
      setRetrying(null);
    }
  };

  const confirmCancel = async () => {
    if (!toCancel) return;
    try {
      await cancelJob({ variables: { id: toCancel.id } });
      notifications.show({ color: 'teal', message: t('job.cancel.done') });
      setToCancel(null);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={toCancel !== null}
      title={t('job.cancel.title')}
      message={toCancel ? t('job.cancel.body', { task: taskLabel(toCancel.task) }) : ''}
      confirmLabel={t('job.cancel.button')}
      danger
      loading={cancelling}
      onConfirm={() => void confirmCancel()}
      onClose={() => setToCancel(null)}
    />
  );
  return { retry: (job: JobItemFragment) => void retry(job), askCancel: setToCancel, retrying, dialog };
}

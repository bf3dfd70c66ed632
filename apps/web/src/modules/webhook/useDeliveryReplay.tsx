import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ReplayWebhookDeliveriesDocument, ReplayWebhookDeliveryDocument } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

const REFETCH = ['WebhookDeliveries'];

/** Replay one delivery (at once) or every failed one of a webhook (after a confirmation; render `dialog` once). */
export function useDeliveryReplay(webhookId: string) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [replaying, setReplaying] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [replayOne] = useMutation(ReplayWebhookDeliveryDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [replayMany, many] = useMutation(ReplayWebhookDeliveriesDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorMessage(e) });

  const replay = async (id: string) => {
    setReplaying(id);
    try {
      await replayOne({ variables: { id } });
      notifications.show({ color: 'teal', message: t('webhook.delivery.replayed') });
    } catch (e) {
      fail(e);
    } finally {
      setReplaying(null);
    }
  };

  const replayFailed = async () => {
    try {
      const { data } = await replayMany({ variables: { webhookId, status: 'FAILED' } });
      notifications.show({ color: 'teal', message: t('webhook.delivery.replayedMany', { count: data?.replayWebhookDeliveries ?? 0 }) });
      setAsking(false);
    } catch (e) {
      fail(e);
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={asking}
      title={t('webhook.delivery.replayFailedTitle')}
      message={t('webhook.delivery.replayFailedBody')}
      confirmLabel={t('webhook.delivery.replayFailed')}
      loading={many.loading}
      onConfirm={() => void replayFailed()}
      onClose={() => setAsking(false)}
    />
  );
  return { replay: (id: string) => void replay(id), replaying, askReplayFailed: () => setAsking(true), dialog };
}

import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DeleteWebhookDocument, RotateWebhookSecretDocument, UpdateWebhookDocument, type WebhookItemFragment } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { WebhookFormModal } from './WebhookFormModal.tsx';
import { WebhookSecretModal, type ShownSecret } from './WebhookSecretModal.tsx';

type Pending = { kind: 'delete' | 'rotate'; webhook: WebhookItemFragment } | null;

/**
 * Everything one does to a webhook, for the list and the detail page: create and edit (a form),
 * turn on / off (at once), rotate the secret and delete (after a confirmation); the secret of a
 * new or rotated webhook is shown once. Render `dialogs` once.
 */
export function useWebhookActions({ onDeleted }: { onDeleted?: () => void } = {}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState<{ webhook: WebhookItemFragment | null } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const [update] = useMutation(UpdateWebhookDocument);
  const [rotate, rotating] = useMutation(RotateWebhookSecretDocument);
  const [remove, removing] = useMutation(DeleteWebhookDocument, { refetchQueries: ['Webhooks'] });
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorMessage(e) });

  const setActive = async (webhook: WebhookItemFragment, active: boolean) => {
    setToggling(webhook.id);
    try {
      await update({ variables: { id: webhook.id, input: { version: webhook.version, active } } });
      notifications.show({ color: 'teal', message: active ? t('webhook.actions.turnedOn') : t('webhook.actions.turnedOff') });
    } catch (e) {
      fail(e);
    } finally {
      setToggling(null);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      if (pending.kind === 'rotate') {
        const { data } = await rotate({ variables: { id: pending.webhook.id } });
        if (data) setSecret({ secret: data.rotateWebhookSecret.secret, rotated: true });
      } else {
        await remove({ variables: { id: pending.webhook.id } });
        notifications.show({ color: 'teal', message: t('webhook.actions.deleted') });
        onDeleted?.();
      }
      setPending(null);
    } catch (e) {
      fail(e);
    }
  };

  const dialogs = (
    <>
      <WebhookFormModal
        opened={form !== null}
        webhook={form?.webhook ?? null}
        onClose={() => setForm(null)}
        onCreated={(created) => {
          setForm(null);
          setSecret({ secret: created, rotated: false });
        }}
      />
      <ConfirmDialog
        opened={pending !== null}
        title={pending?.kind === 'rotate' ? t('webhook.actions.rotateTitle') : t('webhook.actions.deleteTitle')}
        message={pending?.kind === 'rotate' ? t('webhook.actions.rotateBody') : t('webhook.actions.deleteBody', { url: pending?.webhook.url ?? '' })}
        confirmLabel={pending?.kind === 'rotate' ? t('webhook.actions.rotate') : t('webhook.actions.delete')}
        danger={pending?.kind === 'delete'}
        loading={rotating.loading || removing.loading}
        onConfirm={() => void confirm()}
        onClose={() => setPending(null)}
      />
      {/* the secret leaves memory with the window */}
      <WebhookSecretModal shown={secret} onClose={() => setSecret(null)} />
    </>
  );

  return {
    create: () => setForm({ webhook: null }),
    edit: (webhook: WebhookItemFragment) => setForm({ webhook }),
    setActive: (webhook: WebhookItemFragment, active: boolean) => void setActive(webhook, active),
    askRotate: (webhook: WebhookItemFragment) => setPending({ kind: 'rotate', webhook }),
    askDelete: (webhook: WebhookItemFragment) => setPending({ kind: 'delete', webhook }),
    toggling,
    dialogs,
  };
}

import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { RevokeApiKeyDocument } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

interface RevocableKey {
  id: string;
  name: string;
  prefix: string;
}

/**
 * "Revoke" with a confirmation, for the account page and the admin page: `ask(key)` opens
 * the dialog (render `dialog` once). The answer updates the key in Apollo's cache.
 */
export function useRevokeApiKey() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [target, setTarget] = useState<RevocableKey | null>(null);
  const [revoke, { loading }] = useMutation(RevokeApiKeyDocument);

  const confirm = async () => {
    if (!target) return;
    try {
      await revoke({ variables: { id: target.id } });
      notifications.show({ color: 'teal', message: t('apiKey.revoke.done', { name: target.name }) });
      setTarget(null);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={target !== null}
      title={t('apiKey.revoke.title')}
      message={target ? t('apiKey.revoke.body', { name: target.name, prefix: target.prefix }) : ''}
      confirmLabel={t('apiKey.revoke.button')}
      danger
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={() => setTarget(null)}
    />
  );
  return { ask: setTarget, dialog };
}

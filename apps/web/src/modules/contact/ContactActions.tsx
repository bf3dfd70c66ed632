import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { IconArrowBackUp, IconEdit, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeleteContactDocument, RestoreContactDocument, type ContactDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';

export function ContactActions({ contact }: { contact: ContactDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [remove, removeState] = useMutation(DeleteContactDocument);
  const [restore, restoreState] = useMutation(RestoreContactDocument);
  const deleted = Boolean(contact.deletedAt);

  const refreshLists = (cache: Parameters<typeof evictRootFields>[0]) => {
    evictRootFields(cache, ['contacts']);
    const id = cache.identify({ __typename: 'Customer', id: contact.customer.id });
    cache.evict({ id, fieldName: 'contacts' });
    cache.evict({ id, fieldName: 'contactCount' });
    cache.evict({ id, fieldName: 'timeline' });
  };

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      notifications.show({ color: 'teal', message: success });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
      return false;
    }
  };

  const doDelete = async () => {
    const ok = await run(
      () => remove({ variables: { id: contact.id }, update: refreshLists }),
      t('contact.notify.deleted', { name: contact.name }),
    );
    if (ok) {
      setConfirming(false);
      void navigate({ to: '/customers/$id', params: { id: contact.customer.id } });
    }
  };

  return (
    <Group gap="sm">
      {!deleted && can('contact:update') && (
        <ButtonLink variant="default" to="/contacts/$id/edit" params={{ id: contact.id }} leftSection={<IconEdit size={16} />}>
          {t('common.edit')}
        </ButtonLink>
      )}
      {!deleted && can('contact:delete') && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
          {t('common.delete')}
        </Button>
      )}
      {deleted && can('contact:delete') && (
        <Button
          variant="light"
          leftSection={<IconArrowBackUp size={16} />}
          loading={restoreState.loading}
          onClick={() => void run(() => restore({ variables: { id: contact.id }, update: refreshLists }), t('contact.notify.restored', { name: contact.name }))}
        >
          {t('common.restore')}
        </Button>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('contact.confirmDelete.title')}
        message={t('contact.confirmDelete.body', { name: contact.name })}
        confirmLabel={t('common.delete')}
        danger
        loading={removeState.loading}
        onConfirm={() => void doDelete()}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}

import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { IconArrowBackUp, IconEdit, IconHandGrab, IconLogout2, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeleteCustomerDocument, RestoreCustomerDocument, type CustomerDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { usePoolActions } from '../pool/usePoolActions.ts';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';

type Pending = 'delete' | 'release' | null;

/** Edit, claim/release, delete/restore — each shown only when the viewer's role may do it. */
export function CustomerActions({ customer }: { customer: CustomerDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, can } = useViewer();
  const errorMessage = useErrorMessage();
  const pool = usePoolActions();
  const [pending, setPending] = useState<Pending>(null);
  const [remove, removeState] = useMutation(DeleteCustomerDocument);
  const [restore, restoreState] = useMutation(RestoreCustomerDocument);

  const deleted = Boolean(customer.deletedAt);
  const ownedByMe = Boolean(user && customer.owner?.id === user.id);
  const canRelease = !deleted && !customer.inPool && Boolean(customer.owner) && (ownedByMe || customer.viewerCanEdit);

  const doDelete = async () => {
    try {
      await remove({ variables: { id: customer.id }, update: (cache) => evictRootFields(cache, ['customers', 'poolStatus']) });
      notifications.show({ color: 'teal', message: t('customer.notify.deleted', { name: customer.name }) });
      setPending(null);
      void navigate({ to: '/customers' });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
    }
  };
  const doRestore = async () => {
    try {
      await restore({ variables: { id: customer.id }, update: (cache) => evictRootFields(cache, ['customers']) });
      notifications.show({ color: 'teal', message: t('customer.notify.restored', { name: customer.name }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
    }
  };

  return (
    <Group gap="sm">
      {!deleted && customer.inPool && can('customer:claim') && (
        <Button leftSection={<IconHandGrab size={16} />} loading={pool.claiming} onClick={() => void pool.claim(customer.id, customer.name)}>
          {t('pool.claim')}
        </Button>
      )}
      {canRelease && (
        <Button variant="default" leftSection={<IconLogout2 size={16} />} onClick={() => setPending('release')}>
          {t('pool.release')}
        </Button>
      )}
      {!deleted && customer.viewerCanEdit && (
        <ButtonLink variant="default" to="/customers/$id/edit" params={{ id: customer.id }} leftSection={<IconEdit size={16} />}>
          {t('common.edit')}
        </ButtonLink>
      )}
      {!deleted && customer.viewerCanEdit && can('customer:delete') && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setPending('delete')}>
          {t('common.delete')}
        </Button>
      )}
      {deleted && customer.viewerCanEdit && can('customer:delete') && (
        <Button variant="light" leftSection={<IconArrowBackUp size={16} />} loading={restoreState.loading} onClick={() => void doRestore()}>
          {t('common.restore')}
        </Button>
      )}
      <ConfirmDialog
        opened={pending === 'delete'}
        title={t('customer.confirmDelete.title')}
        message={t('customer.confirmDelete.body', { name: customer.name })}
        confirmLabel={t('common.delete')}
        danger
        loading={removeState.loading}
        onConfirm={() => void doDelete()}
        onClose={() => setPending(null)}
      />
      <ConfirmDialog
        opened={pending === 'release'}
        title={t('pool.confirmRelease.title')}
        message={t('pool.confirmRelease.body', { name: customer.name })}
        confirmLabel={t('pool.release')}
        loading={pool.releasing}
        onConfirm={() => void pool.release(customer.id, customer.name).then(() => setPending(null))}
        onClose={() => setPending(null)}
      />
    </Group>
  );
}

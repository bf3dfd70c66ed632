import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeleteRoleDocument } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { useRoleErrorMessage } from './useRoleErrorMessage.ts';

interface DeleteRoleDialogProps {
  /** The role to delete, already named for the UI; null keeps the dialog closed. */
  role: { id: string; label: string } | null;
  onClose: () => void;
  onDeleted?: () => void;
}

/**
 * "Delete this role?" The server decides whether it may go: when it refuses (a built-in role,
 * or one users still hold) its reason stays in the dialog and only Cancel remains.
 */
export function DeleteRoleDialog({ role, onClose, onDeleted }: DeleteRoleDialogProps) {
  const { t } = useTranslation();
  const roleErrorMessage = useRoleErrorMessage();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [remove, removing] = useMutation(DeleteRoleDocument);

  const close = () => {
    setRefusal(null);
    onClose();
  };
  const confirm = async () => {
    if (!role) return;
    try {
      await remove({
        variables: { id: role.id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'AccessRole', id: role.id }) });
          evictRootFields(cache, ['roles']);
        },
      });
      notifications.show({ color: 'teal', message: t('role.notify.deleted', { name: role.label }) });
      setRefusal(null);
      onDeleted?.();
      onClose();
    } catch (error) {
      setRefusal(roleErrorMessage(error));
    }
  };

  return (
    <Modal opened={role !== null} onClose={close} title={t('role.confirmDelete.title')} centered>
      <Stack gap="lg">
        <Text size="sm">{t('role.confirmDelete.body', { name: role?.label ?? '' })}</Text>
        {refusal && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          {!refusal && (
            <Button color="red" loading={removing.loading} onClick={() => void confirm()}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { IconArrowBackUp, IconEdit, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeleteOpportunityDocument, RestoreOpportunityDocument, type OpportunityDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';

const LISTS = ['opportunities', 'opportunityBoard'];

/** Edit, delete/restore — each shown only when the viewer's role may do it to this deal (its owner, their manager, or a read-write share). */
export function OpportunityActions({ opportunity: o }: { opportunity: OpportunityDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [remove, removeState] = useMutation(DeleteOpportunityDocument);
  const [restore, restoreState] = useMutation(RestoreOpportunityDocument);
  const deleted = Boolean(o.deletedAt);

  const run = async (action: () => Promise<unknown>, message: string, after?: () => void) => {
    try {
      await action();
      notifications.show({ color: 'teal', message });
      after?.();
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
    }
  };

  return (
    <Group gap="sm">
      {!deleted && o.viewerCanEdit && (
        <ButtonLink variant="default" to="/opportunities/$id/edit" params={{ id: o.id }} leftSection={<IconEdit size={16} />}>
          {t('common.edit')}
        </ButtonLink>
      )}
      {!deleted && o.viewerCanEdit && can('opportunity:delete') && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
          {t('common.delete')}
        </Button>
      )}
      {deleted && o.viewerCanEdit && can('opportunity:delete') && (
        <Button
          variant="light"
          leftSection={<IconArrowBackUp size={16} />}
          loading={restoreState.loading}
          onClick={() => void run(() => restore({ variables: { id: o.id }, update: (c) => evictRootFields(c, LISTS) }), t('opportunity.notify.restored', { name: o.name }))}
        >
          {t('common.restore')}
        </Button>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('opportunity.confirmDelete.title')}
        message={t('opportunity.confirmDelete.body', { name: o.name })}
        confirmLabel={t('common.delete')}
        danger
        loading={removeState.loading}
        onConfirm={() =>
          void run(() => remove({ variables: { id: o.id }, update: (c) => evictRootFields(c, LISTS) }), t('opportunity.notify.deleted', { name: o.name }), () => {
            setConfirming(false);
            void navigate({ to: '/opportunities' });
          })
        }
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}

import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { IconBan, IconCheck, IconEdit, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActivateContractDocument, DeleteContractDocument, RenewContractDocument, TerminateContractDocument, type ContractDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { ActivateDialog, RenewDialog, TerminateDialog, type RenewValues } from './ContractActionDialogs.tsx';

type Dialog = 'activate' | 'renew' | 'terminate' | 'delete' | null;
const LISTS = ['contracts'];

/** Edit, Activate, Renew, Terminate, Delete — each shown only when the state and the viewer's role allow it. */
export function ContractActions({ contract: c }: { contract: ContractDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const errorMessage = useErrorMessage();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [activate, activateState] = useMutation(ActivateContractDocument);
  const [renew, renewState] = useMutation(RenewContractDocument);
  const [terminate, terminateState] = useMutation(TerminateContractDocument);
  const [remove, removeState] = useMutation(DeleteContractDocument);
  const update = (cache: Parameters<typeof evictRootFields>[0]) => evictRootFields(cache, LISTS);
  const running = c.status === 'ACTIVE' || c.status === 'EXPIRING' || c.status === 'EXPIRED';
  const editable = !c.deletedAt && (c.status === 'DRAFT' || running) && c.viewerCanEdit;
  const open = (d: Dialog) => {
    setErrors({});
    setDialog(d);
  };

  const run = async <T,>(action: () => Promise<T>, message: string | ((result: T) => string)) => {
    try {
      const result = await action();
      notifications.show({ color: 'teal', message: typeof message === 'string' ? message : message(result) });
      setDialog(null);
    } catch (error) {
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) return setErrors(fields);
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
    }
  };

  const onRenew = (v: RenewValues) =>
    void run(async () => {
      const res = await renew({
        variables: { id: c.id, input: { startDate: v.startDate, endDate: v.endDate ?? '', value: v.value.trim() || undefined, activate: v.activate } },
        update: (cache) => {
          update(cache);
          cache.evict({ id: cache.identify(c) });
        },
      });
      const next = res.data?.renewContract;
      if (next) void navigate({ to: '/contracts/$id', params: { id: next.id } });
      return next?.number ?? '';
    }, (number) => t('contract.notify.renewed', { number }));

  return (
    <Group gap="sm">
      {editable && (
        <ButtonLink variant="default" leftSection={<IconEdit size={16} />} to="/contracts/$id/edit" params={{ id: c.id }}>
          {t('contract.actions.edit')}
        </ButtonLink>
      )}
      {c.status === 'DRAFT' && !c.deletedAt && c.viewerCanEdit && (
        <Button leftSection={<IconCheck size={16} />} onClick={() => open('activate')}>{t('contract.actions.activate')}</Button>
      )}
      {running && !c.deletedAt && c.viewerCanEdit && (
        <Button leftSection={<IconRefresh size={16} />} onClick={() => open('renew')}>{t('contract.actions.renew')}</Button>
      )}
      {editable && (
        <Button variant="light" color="red" leftSection={<IconBan size={16} />} onClick={() => open('terminate')}>{t('contract.actions.terminate')}</Button>
      )}
      {c.status === 'DRAFT' && !c.deletedAt && c.viewerCanEdit && can('contract:delete') && (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => open('delete')}>{t('contract.actions.delete')}</Button>
      )}
      {dialog === 'activate' && (
        <ActivateDialog
          contract={c}
          opened
          loading={activateState.loading}
          errors={errors}
          onClose={() => setDialog(null)}
          onConfirm={({ signedDate }) => void run(() => activate({ variables: { id: c.id, version: c.version, signedDate }, update }), t('contract.notify.activated'))}
        />
      )}
      {dialog === 'renew' && <RenewDialog contract={c} opened loading={renewState.loading} errors={errors} onClose={() => setDialog(null)} onConfirm={onRenew} />}
      {dialog === 'terminate' && (
        <TerminateDialog
          contract={c}
          opened
          loading={terminateState.loading}
          errors={errors}
          onClose={() => setDialog(null)}
          onConfirm={({ reason }) => void run(() => terminate({ variables: { id: c.id, version: c.version, reason }, update }), t('contract.notify.terminated'))}
        />
      )}
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('contract.actions.deleteTitle')}
        message={t('contract.actions.deleteBody', { number: c.number })}
        confirmLabel={t('contract.actions.delete')}
        danger
        loading={removeState.loading}
        onClose={() => setDialog(null)}
        onConfirm={() => void run(async () => {
          await remove({ variables: { id: c.id }, update });
          void navigate({ to: '/contracts' });
        }, t('contract.notify.deleted'))}
      />
    </Group>
  );
}

import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import {
  IconArrowBackUp, IconArrowsExchange, IconCircleCheck, IconCircleX, IconEdit, IconHandGrab, IconPlayerPlay, IconRefresh, IconTrash, IconUserShare,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadDetailFragment } from '@panorama/schema';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { AssignLeadModal } from './AssignLeadModal.tsx';
import { ConvertLeadModal } from './ConvertLeadModal.tsx';
import { DisqualifyLeadModal } from './DisqualifyLeadModal.tsx';
import { useLeadWorkflow } from './useLeadWorkflow.ts';

type Pending = 'disqualify' | 'assign' | 'convert' | 'delete' | null;

/** Work, qualify, disqualify, assign, convert, edit, delete/restore — each shown only when the role may do it now. */
export function LeadActions({ lead }: { lead: LeadDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, can } = useViewer();
  const flow = useLeadWorkflow(lead);
  const [pending, setPending] = useState<Pending>(null);
  const close = () => setPending(null);
  const deleted = Boolean(lead.deletedAt);
  const open = !deleted && lead.status !== 'CONVERTED';
  const active = open && lead.status !== 'DISQUALIFIED';
  const update = can('lead:update');
  // managers and admins hand leads to others; reps take pool leads or give their own back
  const assignsOthers = can('lead:delete');
  const mine = Boolean(user && lead.owner?.id === user.id);

  return (
    <Group gap="sm">
      {active && can('lead:convert') && (
        <Button leftSection={<IconArrowsExchange size={16} />} onClick={() => setPending('convert')}>
          {t('lead.actions.convert')}
        </Button>
      )}
      {active && update && lead.status === 'NEW' && (
        <Button variant="default" leftSection={<IconPlayerPlay size={16} />} loading={flow.busy.update} onClick={() => void flow.setStatus('WORKING')}>
          {t('lead.actions.startWorking')}
        </Button>
      )}
      {active && update && lead.status !== 'QUALIFIED' && (
        <Button variant="light" color="teal" leftSection={<IconCircleCheck size={16} />} loading={flow.busy.qualify} onClick={() => void flow.qualify()}>
          {t('lead.actions.qualify')}
        </Button>
      )}
      {active && update && (
        <Button variant="light" color="red" leftSection={<IconCircleX size={16} />} onClick={() => setPending('disqualify')}>
          {t('lead.actions.disqualify')}
        </Button>
      )}
      {open && update && lead.status === 'DISQUALIFIED' && (
        <Button variant="default" leftSection={<IconRefresh size={16} />} loading={flow.busy.update} onClick={() => void flow.setStatus('NEW')}>
          {t('lead.actions.reopen')}
        </Button>
      )}
      {open && update && assignsOthers && (
        <Button variant="default" leftSection={<IconUserShare size={16} />} onClick={() => setPending('assign')}>
          {t('lead.actions.assign')}
        </Button>
      )}
      {open && update && !assignsOthers && lead.inPool && user && (
        <Button variant="default" leftSection={<IconHandGrab size={16} />} loading={flow.busy.assign} onClick={() => void flow.assign(user.id)}>
          {t('lead.actions.takeIt')}
        </Button>
      )}
      {open && update && !assignsOthers && mine && (
        <Button variant="default" leftSection={<IconArrowBackUp size={16} />} loading={flow.busy.assign} onClick={() => void flow.assign(null)}>
          {t('lead.actions.release')}
        </Button>
      )}
      {open && update && (
        <ButtonLink variant="default" to="/leads/$id/edit" params={{ id: lead.id }} leftSection={<IconEdit size={16} />}>
          {t('common.edit')}
        </ButtonLink>
      )}
      {!deleted && can('lead:delete') && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setPending('delete')}>
          {t('common.delete')}
        </Button>
      )}
      {deleted && can('lead:delete') && (
        <Button variant="light" leftSection={<IconArrowBackUp size={16} />} loading={flow.busy.restore} onClick={() => void flow.restore()}>
          {t('common.restore')}
        </Button>
      )}
      {pending === 'convert' && <ConvertLeadModal lead={lead} opened onClose={close} />}
      <DisqualifyLeadModal
        key={`dq-${pending === 'disqualify'}`}
        opened={pending === 'disqualify'}
        name={lead.name}
        loading={flow.busy.disqualify}
        error={flow.fieldError}
        onConfirm={(reason) => void flow.disqualify(reason).then((ok) => ok && close())}
        onClose={close}
      />
      {pending === 'assign' && (
        <AssignLeadModal opened name={lead.name} ownerId={lead.owner?.id ?? null} loading={flow.busy.assign} error={flow.fieldError}
          onConfirm={(ownerId) => void flow.assign(ownerId).then((ok) => ok && close())} onClose={close} />
      )}
      <ConfirmDialog
        opened={pending === 'delete'}
        title={t('lead.confirmDelete.title')}
        message={t('lead.confirmDelete.body', { name: lead.name })}
        confirmLabel={t('common.delete')}
        danger
        loading={flow.busy.remove}
        onConfirm={() => void flow.remove().then((ok) => ok && (close(), void navigate({ to: '/leads' })))}
        onClose={close}
      />
    </Group>
  );
}

import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  AssignLeadDocument, DeleteLeadDocument, DisqualifyLeadDocument, QualifyLeadDocument, RestoreLeadDocument, UpdateLeadDocument,
  type LeadDetailFragment,
} from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

const refreshLists = { update: (cache: Parameters<typeof evictRootFields>[0]) => evictRootFields(cache, ['leads']) };

/** The status and owner actions of a lead detail page; each reports success or failure as a toast. */
export function useLeadWorkflow(lead: LeadDetailFragment) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [qualify, qualifyState] = useMutation(QualifyLeadDocument, refreshLists);
  const [disqualify, disqualifyState] = useMutation(DisqualifyLeadDocument, refreshLists);
  const [assign, assignState] = useMutation(AssignLeadDocument, refreshLists);
  const [update, updateState] = useMutation(UpdateLeadDocument, refreshLists);
  const [remove, removeState] = useMutation(DeleteLeadDocument, refreshLists);
  const [restore, restoreState] = useMutation(RestoreLeadDocument, refreshLists);
  const [fieldError, setFieldError] = useState<string | null>(null);

  /** Runs a mutation; true when it worked. */
  const attempt = async (action: () => Promise<unknown>, success: string, field?: string): Promise<boolean> => {
    setFieldError(null);
    try {
      await action();
      notifications.show({ color: 'teal', message: success });
      return true;
    } catch (error) {
      const fields = toFieldErrors(error, []);
      if (field && fields[field]) setFieldError(fields[field]);
      else notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
      return false;
    }
  };
  const name = lead.name;
  const id = lead.id;
  return {
    fieldError,
    busy: {
      qualify: qualifyState.loading, disqualify: disqualifyState.loading, assign: assignState.loading, update: updateState.loading,
      remove: removeState.loading, restore: restoreState.loading,
    },
    qualify: () => attempt(() => qualify({ variables: { id } }), t('lead.notify.qualified', { name })),
    disqualify: (reason: string) => attempt(() => disqualify({ variables: { id, reason } }), t('lead.notify.disqualified', { name }), 'reason'),
    assign: (ownerId: string | null) => attempt(() => assign({ variables: { id, ownerId } }), t('lead.notify.assigned', { name }), 'ownerId'),
    setStatus: (status: 'NEW' | 'WORKING') => attempt(() => update({ variables: { id, input: { version: lead.version, status } } }), t('lead.notify.updated')),
    remove: () => attempt(() => remove({ variables: { id } }), t('lead.notify.deleted', { name })),
    restore: () => attempt(() => restore({ variables: { id } }), t('lead.notify.restored', { name })),
  };
}

import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateLeadDocument, UpdateLeadDocument, type LeadDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { duplicatesOf, isStaleVersion, toFieldErrors } from '../../lib/errors.ts';
import type { FormState } from '../../lib/form/useFormState.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { toCreateLeadInput, toUpdateLeadInput, type LeadFormValues } from './leadFormValues.ts';

interface Options {
  form: FormState<LeadFormValues>;
  existing?: { id: string; version: number; initial: LeadFormValues };
  onSaved: (lead: LeadDetailFragment) => void;
}

/** Create or update a lead, mapping the server's answers (field errors, duplicates, stale version) to the form. */
export function useLeadSubmit({ form, existing, onSaved }: Options) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [create, createState] = useMutation(CreateLeadDocument);
  const [update, updateState] = useMutation(UpdateLeadDocument);
  const [conflict, setConflict] = useState(false);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (allowDuplicate = false) => {
    setFormError(null);
    setConflict(false);
    if (!form.values.name.trim()) return form.setErrors({ name: t('common.required') });
    try {
      let saved: LeadDetailFragment | undefined;
      if (existing) {
        saved = (await update({ variables: { id: existing.id, input: toUpdateLeadInput(form.values, existing.initial, existing.version) } })).data?.updateLead;
      } else {
        const { data } = await create({
          variables: { input: toCreateLeadInput(form.values, allowDuplicate) },
          update: (cache) => evictRootFields(cache, ['leads']),
        });
        saved = data?.createLead;
      }
      if (!saved) return;
      notifications.show({ color: 'teal', message: existing ? t('lead.notify.updated') : t('lead.notify.created') });
      onSaved(saved);
    } catch (error) {
      if (duplicatesOf(error)) return setConflict(true);
      if (isStaleVersion(error)) return setStale(true);
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) {
        form.setErrors(fields);
        return setFormError(t('errors.formHasErrors'));
      }
      setFormError(errorMessage(error));
    }
  };

  return { submit, saving: createState.loading || updateState.loading, conflict, stale, clearStale: () => setStale(false), formError };
}

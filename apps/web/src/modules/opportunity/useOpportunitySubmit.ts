import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateOpportunityDocument, UpdateOpportunityDocument, type OpportunityDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { isStaleVersion, toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import type { FormState } from '../../lib/form/useFormState.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { toCreateInput, toUpdateInput, type OpportunityFormValues } from './opportunityFormValues.ts';

interface SubmitOptions {
  form: FormState<OpportunityFormValues>;
  existing?: { id: string; version: number; initial: OpportunityFormValues };
  onSaved: (opportunity: OpportunityDetailFragment) => void;
}

/** Required fields checked before a round trip; the server checks everything again. */
function localErrors(v: OpportunityFormValues, required: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.name.trim()) errors.name = required;
  if (!v.customerId) errors.customerId = required;
  if (!v.amount.trim()) errors.amount = required;
  if (!v.expectedCloseDate) errors.expectedCloseDate = required;
  return errors;
}

/** Create or update, mapping the server's field errors next to the fields. */
export function useOpportunitySubmit({ form, existing, onSaved }: SubmitOptions) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [create, createState] = useMutation(CreateOpportunityDocument);
  const [update, updateState] = useMutation(UpdateOpportunityDocument);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async () => {
    setFormError(null);
    const local = existing ? {} : localErrors(form.values, t('common.required'));
    if (Object.keys(local).length) {
      form.setErrors(local);
      setFormError(t('errors.formHasErrors'));
      return;
    }
    const lists = (cache: Parameters<typeof evictRootFields>[0]) => evictRootFields(cache, ['opportunities', 'opportunityBoard']);
    try {
      const saved = existing
        ? (await update({ variables: { id: existing.id, input: toUpdateInput(form.values, existing.initial, existing.version) }, update: lists })).data?.updateOpportunity
        : (await create({ variables: { input: toCreateInput(form.values) }, update: lists })).data?.createOpportunity;
      if (!saved) return;
      notifications.show({ color: 'teal', message: existing ? t('opportunity.notify.updated') : t('opportunity.notify.created') });
      onSaved(saved);
    } catch (error) {
      if (isStaleVersion(error)) return setStale(true);
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) {
        form.setErrors(fields);
        setFormError(t('errors.formHasErrors'));
        return;
      }
      setFormError(errorMessage(error));
    }
  };

  return { submit, saving: createState.loading || updateState.loading, stale, clearStale: () => setStale(false), formError };
}

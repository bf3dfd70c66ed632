import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateCustomerDocument, UpdateCustomerDocument, type CustomerDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { duplicatesOf, isStaleVersion, toFieldErrors, type DuplicateMatch } from '../../lib/errors.ts';
import type { FormState } from '../../lib/form/useFormState.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { toCreateInput, toUpdateInput, type CustomerFormValues } from './customerFormValues.ts';

interface SubmitOptions {
  form: FormState<CustomerFormValues>;
  viewerId: string | null;
  /** Editing: the record as loaded (values and version). */
  existing?: { id: string; version: number; initial: CustomerFormValues };
  onSaved: (customer: CustomerDetailFragment) => void;
}

/** Create or update, mapping the server's answers to what the form shows. */
export function useCustomerSubmit({ form, viewerId, existing, onSaved }: SubmitOptions) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [create, createState] = useMutation(CreateCustomerDocument);
  const [update, updateState] = useMutation(UpdateCustomerDocument);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (allowDuplicate = false) => {
    setFormError(null);
    setDuplicates(null);
    if (!form.values.name.trim()) {
      form.setErrors({ name: t('common.required') });
      return;
    }
    try {
      let saved: CustomerDetailFragment | undefined;
      if (existing) {
        const input = toUpdateInput(form.values, existing.initial, existing.version);
        const { data } = await update({ variables: { id: existing.id, input } });
        saved = data?.updateCustomer;
      } else {
        const { data } = await create({
          variables: { input: toCreateInput(form.values, viewerId, allowDuplicate) },
          update: (cache) => evictRootFields(cache, ['customers', 'tags', 'industries', 'poolStatus']),
        });
        saved = data?.createCustomer;
      }
      if (!saved) return;
      notifications.show({ color: 'teal', message: existing ? t('customer.notify.updated') : t('customer.notify.created') });
      onSaved(saved);
    } catch (error) {
      const found = duplicatesOf(error);
      if (found) return setDuplicates(found);
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

  return {
    submit,
    saving: createState.loading || updateState.loading,
    duplicates,
    stale,
    clearStale: () => setStale(false),
    formError,
  };
}

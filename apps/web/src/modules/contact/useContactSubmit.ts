import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateContactDocument, UpdateContactDocument, type ContactDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { isStaleVersion, toFieldErrors } from '../../lib/errors.ts';
import type { FormState } from '../../lib/form/useFormState.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { toCreateContactInput, toUpdateContactInput, type ContactFormValues } from './contactFormValues.ts';

interface SubmitOptions {
  form: FormState<ContactFormValues>;
  existing?: { id: string; version: number; initial: ContactFormValues };
  onSaved: (contact: ContactDetailFragment) => void;
}

export function useContactSubmit({ form, existing, onSaved }: SubmitOptions) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [create, createState] = useMutation(CreateContactDocument);
  const [update, updateState] = useMutation(UpdateContactDocument);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async () => {
    setFormError(null);
    const missing: Record<string, string> = {};
    if (!form.values.name.trim()) missing.name = t('common.required');
    if (!existing && !form.values.customerId) missing.customerId = t('common.required');
    if (Object.keys(missing).length) return form.setErrors(missing);
    try {
      let saved: ContactDetailFragment | undefined;
      if (existing) {
        const { data } = await update({
          variables: { id: existing.id, input: toUpdateContactInput(form.values, existing.initial, existing.version) },
        });
        saved = data?.updateContact;
      } else {
        const { data } = await create({
          variables: { input: toCreateContactInput(form.values) },
          update: (cache) => {
            evictRootFields(cache, ['contacts']);
            // The customer's contact list and count change too.
            if (form.values.customerId) {
              const id = cache.identify({ __typename: 'Customer', id: form.values.customerId });
              cache.evict({ id, fieldName: 'contacts' });
              cache.evict({ id, fieldName: 'contactCount' });
              cache.evict({ id, fieldName: 'timeline' });
            }
          },
        });
        saved = data?.createContact;
      }
      if (!saved) return;
      notifications.show({ color: 'teal', message: existing ? t('contact.notify.updated') : t('contact.notify.created') });
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

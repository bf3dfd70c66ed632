import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CreateContractDocument, UpdateContractDocument, type ContractDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { isStaleVersion, toFieldErrors, unmatchedFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useRevealOnChange } from '../../lib/useRevealOnChange.ts';
import { ContractFormFields } from './ContractFormFields.tsx';
import { toCreateInput, toUpdateInput, type ContractFormValues } from './contractFormValues.ts';

const SHOWN_FIELDS = ['kind', 'title', 'customerId', 'contactId', 'ownerId', 'opportunityId', 'value', 'currency', 'startDate', 'endDate', 'signedDate', 'renewalNoticeDays', 'terms'];

interface ContractFormProps {
  initial: ContractFormValues;
  existing?: { id: string; version: number };
  onSaved: (contract: ContractDetailFragment) => void;
  onCancel: () => void;
  onReload?: () => Promise<unknown>;
  currentOwner?: { id: string; name: string } | null;
}

function localErrors(v: ContractFormValues, required: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.title.trim()) errors.title = required;
  if (!v.customerId) errors.customerId = required;
  if (!v.value.trim()) errors.value = required;
  if (!v.startDate) errors.startDate = required;
  if (!v.endDate) errors.endDate = required;
  return errors;
}

/** Create or edit a contract; the server's field errors appear next to their fields. */
export function ContractForm({ initial, existing, onSaved, onCancel, onReload, currentOwner }: ContractFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const form = useFormState(initial);
  const [create, createState] = useMutation(CreateContractDocument);
  const [update, updateState] = useMutation(UpdateContractDocument);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const alertsRef = useRevealOnChange<HTMLDivElement>(stale || formError);
  const otherErrors = unmatchedFieldErrors(form.errors, SHOWN_FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const local = localErrors(form.values, t('common.required'));
    if (Object.keys(local).length) {
      form.setErrors(local);
      return setFormError(t('errors.formHasErrors'));
    }
    const lists = (cache: Parameters<typeof evictRootFields>[0]) => evictRootFields(cache, ['contracts']);
    try {
      const saved = existing
        ? (await update({ variables: { id: existing.id, input: toUpdateInput(form.values, initial, existing.version) }, update: lists })).data?.updateContract
        : (await create({ variables: { input: toCreateInput(form.values) }, update: lists })).data?.createContract;
      if (!saved) return;
      notifications.show({ color: 'teal', message: existing ? t('contract.notify.updated') : t('contract.notify.created') });
      onSaved(saved);
    } catch (error) {
      if (isStaleVersion(error)) return setStale(true);
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) {
        form.setErrors(fields);
        return setFormError(t('errors.formHasErrors'));
      }
      setFormError(errorMessage(error));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md" ref={alertsRef} style={{ scrollMarginTop: 72 }}>
        {stale && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('contract.stale.title')} role="alert">
            <Group justify="space-between" gap="md">
              <span>{t('contract.stale.body')}</span>
              <Button size="xs" color="red" variant="white" leftSection={<IconRefresh size={14} />} onClick={() => void onReload?.().then(() => setStale(false))}>
                {t('common.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {formError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="form-error">
            {formError}
            {otherErrors.map((message) => <div key={message}>{message}</div>)}
          </Alert>
        )}
        <Paper withBorder p="lg">
          <ContractFormFields form={form} editing={Boolean(existing)} currentOwner={currentOwner} />
          <Group justify="flex-end" gap="sm" mt="lg">
            <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
            <Button type="submit" loading={createState.loading || updateState.loading}>
              {existing ? t('common.save') : t('contract.create')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}

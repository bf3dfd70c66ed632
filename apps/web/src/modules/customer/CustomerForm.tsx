import type { FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailFragment } from '@panorama/schema';
import { unmatchedFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useRevealOnChange } from '../../lib/useRevealOnChange.ts';
import { CustomerFormFields } from './CustomerFormFields.tsx';
import { DuplicateList } from './DuplicateList.tsx';
import type { CustomerFormValues } from './customerFormValues.ts';
import { useCustomerDuplicates } from './useCustomerDuplicates.ts';
import { useCustomerSubmit } from './useCustomerSubmit.ts';

/** Fields the form shows inputs for; other field errors are listed in the top alert. */
const SHOWN_FIELDS = [
  'kind', 'name', 'industry', 'size', 'tier', 'lifecycleStage', 'ownerId', 'territoryId', 'tags', 'phone', 'email', 'website',
  'address.country', 'address.province', 'address.city', 'address.street', 'address.postalCode', 'customFields',
];

interface CustomerFormProps {
  initial: CustomerFormValues;
  viewerId: string | null;
  existing?: { id: string; version: number };
  onSaved: (customer: CustomerDetailFragment) => void;
  onCancel: () => void;
  /** Loads the record again after a stale-version conflict (the form then remounts with fresh values). */
  onReload?: () => Promise<unknown>;
  currentOwner?: { id: string; name: string } | null;
}

export function CustomerForm({ initial, viewerId, existing, onSaved, onCancel, onReload, currentOwner }: CustomerFormProps) {
  const { t } = useTranslation();
  const form = useFormState(initial);
  const result = useCustomerSubmit({
    form,
    viewerId,
    existing: existing && { ...existing, initial },
    onSaved,
  });
  const typedDuplicates = useCustomerDuplicates({
    name: form.values.name,
    phone: form.values.phone,
    email: form.values.email,
    excludeId: existing?.id,
  });
  const otherErrors = unmatchedFieldErrors(form.errors, SHOWN_FIELDS);
  const alertsRef = useRevealOnChange<HTMLDivElement>(result.stale || result.formError || result.duplicates);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void result.submit(false);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" ref={alertsRef} style={{ scrollMarginTop: 72 }}>
        {result.stale && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('customer.stale.title')} role="alert" data-testid="stale-alert">
            <Group justify="space-between" gap="md">
              <span>{t('customer.stale.body')}</span>
              <Button size="xs" color="red" variant="white" leftSection={<IconRefresh size={14} />} onClick={() => void onReload?.().then(result.clearStale)}>
                {t('common.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {result.formError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="form-error">
            {result.formError}
            {otherErrors.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        )}
        {result.duplicates ? (
          <DuplicateList duplicates={result.duplicates} variant="conflict" onCreateAnyway={() => void result.submit(true)} creating={result.saving} />
        ) : (
          <DuplicateList duplicates={typedDuplicates} variant="warning" />
        )}
        <Paper withBorder p="lg">
          <CustomerFormFields form={form} currentOwner={currentOwner} />
          <Group justify="flex-end" gap="sm" mt="lg">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={result.saving}>
              {existing ? t('common.save') : t('customer.create')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}

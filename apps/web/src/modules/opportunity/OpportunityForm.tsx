import type { FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetailFragment } from '@panorama/schema';
import { unmatchedFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useRevealOnChange } from '../../lib/useRevealOnChange.ts';
import { OpportunityFormFields } from './OpportunityFormFields.tsx';
import type { OpportunityFormValues } from './opportunityFormValues.ts';
import { useOpportunitySubmit } from './useOpportunitySubmit.ts';

/** Fields the form shows inputs for; other field errors are listed in the top alert. */
const SHOWN_FIELDS = [
  'name', 'customerId', 'contactId', 'ownerId', 'stageId', 'expectedCloseDate', 'lostReason', 'amount', 'currency', 'probability',
  'competitors', 'source', 'description',
];

interface OpportunityFormProps {
  initial: OpportunityFormValues;
  existing?: { id: string; version: number };
  onSaved: (opportunity: OpportunityDetailFragment) => void;
  onCancel: () => void;
  onReload?: () => Promise<unknown>;
  currentOwner?: { id: string; name: string } | null;
  amountFromProducts?: boolean;
}

export function OpportunityForm({ initial, existing, onSaved, onCancel, onReload, currentOwner, amountFromProducts }: OpportunityFormProps) {
  const { t } = useTranslation();
  const form = useFormState(initial);
  const result = useOpportunitySubmit({ form, existing: existing && { ...existing, initial }, onSaved });
  const otherErrors = unmatchedFieldErrors(form.errors, SHOWN_FIELDS);
  const alertsRef = useRevealOnChange<HTMLDivElement>(result.stale || result.formError);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void result.submit();
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" ref={alertsRef} style={{ scrollMarginTop: 72 }}>
        {result.stale && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('opportunity.stale.title')} role="alert" data-testid="stale-alert">
            <Group justify="space-between" gap="md">
              <span>{t('opportunity.stale.body')}</span>
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
        <Paper withBorder p="lg">
          <OpportunityFormFields form={form} editing={Boolean(existing)} currentOwner={currentOwner} amountFromProducts={amountFromProducts} />
          <Group justify="flex-end" gap="sm" mt="lg">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={result.saving}>
              {existing ? t('common.save') : t('opportunity.create')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}

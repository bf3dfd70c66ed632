import type { FormEvent } from 'react';
import { Alert, Button, Fieldset, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadDetailFragment, LeadSource } from '@panorama/schema';
import { unmatchedFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useRevealOnChange } from '../../lib/useRevealOnChange.ts';
import { useViewer } from '../auth/useViewer.ts';
import { useCustomerFilterOptions } from '../customer/useCustomerFilterOptions.ts';
import { LeadDuplicateList } from './LeadDuplicateList.tsx';
import { LEAD_SOURCES } from './leadEnums.ts';
import { BY_RULE, UNASSIGNED, type LeadFormValues } from './leadFormValues.ts';
import { useLeadDuplicates } from './useLeadDuplicates.ts';
import { useLeadSubmit } from './useLeadSubmit.ts';

const SHOWN = ['name', 'company', 'title', 'email', 'phone', 'source', 'territoryId', 'description', 'ownerId'];

interface LeadFormProps {
  initial: LeadFormValues;
  existing?: { id: string; version: number };
  onSaved: (lead: LeadDetailFragment) => void;
  onCancel: () => void;
  onReload?: () => Promise<unknown>;
}

export function LeadForm({ initial, existing, onSaved, onCancel, onReload }: LeadFormProps) {
  const { t } = useTranslation();
  const { user, can } = useViewer();
  const options = useCustomerFilterOptions();
  const form = useFormState(initial);
  const result = useLeadSubmit({ form, existing: existing && { ...existing, initial }, onSaved });
  const found = useLeadDuplicates({ ...form.values, excludeId: existing?.id });
  const alertsRef = useRevealOnChange<HTMLDivElement>(result.stale || result.formError || result.conflict);
  const { values, errors, set } = form;
  // reps and marketers may only take a lead themselves; managers and admins pick anyone in their scope
  const owners = can('lead:delete') ? options.owners : options.owners.filter((o) => o.value === user?.id);
  const ownerData = [{ value: BY_RULE, label: t('lead.form.byRule') }, { value: UNASSIGNED, label: t('lead.form.unassigned') }, ...owners];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void result.submit(false);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" ref={alertsRef} style={{ scrollMarginTop: 72 }}>
        {result.stale && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('lead.stale.title')} role="alert">
            <Group justify="space-between" gap="md">
              <span>{t('lead.stale.body')}</span>
              <Button size="xs" color="red" variant="white" leftSection={<IconRefresh size={14} />} onClick={() => void onReload?.().then(result.clearStale)}>
                {t('common.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {result.formError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="form-error">
            {result.formError}
            {unmatchedFieldErrors(errors, SHOWN).map((m) => <div key={m}>{m}</div>)}
          </Alert>
        )}
        <LeadDuplicateList found={found} conflict={result.conflict} onCreateAnyway={() => void result.submit(true)} creating={result.saving} />
        <Paper withBorder p="lg">
          <Fieldset legend={t('lead.form.basics')} mb="md">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              <TextInput label={t('lead.fields.name')} required withAsterisk data-autofocus {...form.text('name')} />
              <TextInput label={t('lead.fields.company')} {...form.text('company')} />
              <TextInput label={t('lead.fields.title')} {...form.text('title')} />
              <Select
                label={t('lead.fields.source')}
                data={LEAD_SOURCES.map((value) => ({ value, label: t(`lead.source.${value}`) }))}
                value={values.source}
                onChange={(value) => value && set('source', value as LeadSource)}
                error={errors.source}
                allowDeselect={false}
              />
              <Select
                label={t('lead.fields.territory')}
                data={options.territories}
                value={values.territoryId}
                onChange={(value) => set('territoryId', value)}
                error={errors.territoryId}
                searchable
                clearable
              />
              {!existing && (
                <Select
                  label={t('lead.fields.owner')}
                  description={t('lead.form.ownerHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data={ownerData}
                  value={values.owner}
                  onChange={(value) => set('owner', value ?? BY_RULE, 'ownerId')}
                  error={errors.ownerId}
                  searchable
                  allowDeselect={false}
                />
              )}
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('lead.form.reach')} mb="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('lead.fields.email')} type="email" {...form.text('email')} />
              <TextInput label={t('lead.fields.phone')} type="tel" {...form.text('phone')} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('lead.form.more')}>
            <Textarea label={t('lead.fields.description')} autosize minRows={3} maxRows={8} {...form.text('description')} />
          </Fieldset>
          <Group justify="flex-end" gap="sm" mt="lg">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={result.saving}>
              {existing ? t('common.save') : t('lead.create')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}

import type { FormEvent } from 'react';
import { Alert, Button, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactChannel, ContactDetailFragment } from '@panorama/schema';
import { unmatchedFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useRevealOnChange } from '../../lib/useRevealOnChange.ts';
import { useEnumOptions } from '../../lib/useEnumOptions.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import type { ContactFormValues } from './contactFormValues.ts';
import { useContactSubmit } from './useContactSubmit.ts';

const SHOWN = ['customerId', 'name', 'title', 'roles', 'email', 'phone', 'mobile', 'preferredChannel', 'doNotCall', 'doNotEmail', 'doNotSms', 'isPrimary'];

interface ContactFormProps {
  initial: ContactFormValues;
  existing?: { id: string; version: number };
  onSaved: (contact: ContactDetailFragment) => void;
  onCancel: () => void;
  onReload?: () => Promise<unknown>;
}

export function ContactForm({ initial, existing, onSaved, onCancel, onReload }: ContactFormProps) {
  const { t } = useTranslation();
  const enums = useEnumOptions();
  const form = useFormState(initial);
  const { values, errors, set } = form;
  const result = useContactSubmit({ form, existing: existing && { ...existing, initial }, onSaved });
  const otherErrors = unmatchedFieldErrors(errors, SHOWN);
  const alertsRef = useRevealOnChange<HTMLDivElement>(result.stale || result.formError);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void result.submit();
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" ref={alertsRef} style={{ scrollMarginTop: 72 }}>
        {result.stale && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('contact.stale.title')} role="alert" data-testid="stale-alert">
            <Group justify="space-between" gap="md">
              <span>{t('contact.stale.body')}</span>
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
          <Fieldset legend={t('contact.form.basics')} mb="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <CustomerPicker
                label={t('contact.fields.customer')}
                required
                withAsterisk
                disabled={Boolean(existing)}
                value={values.customerId}
                selectedName={values.customerName}
                onChange={(id, name) => {
                  set('customerId', id);
                  set('customerName', name);
                }}
                error={errors.customerId}
              />
              <TextInput label={t('contact.fields.name')} required withAsterisk data-autofocus {...form.text('name')} />
              <TextInput label={t('contact.fields.title')} {...form.text('title')} />
              <TagsInput
                label={t('contact.fields.roles')}
                description={t('contact.form.rolesHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                value={values.roles}
                onChange={(value) => set('roles', value)}
                error={errors.roles}
              />
            </SimpleGrid>
            <Switch
              mt="md"
              label={t('contact.fields.isPrimary')}
              checked={values.isPrimary}
              onChange={(e) => set('isPrimary', e.currentTarget.checked)}
            />
          </Fieldset>
          <Fieldset legend={t('contact.form.reach')} mb="md">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
              <TextInput label={t('contact.fields.email')} type="email" {...form.text('email')} />
              <TextInput label={t('contact.fields.phone')} type="tel" {...form.text('phone')} />
              <TextInput label={t('contact.fields.mobile')} type="tel" {...form.text('mobile')} />
              <Select
                label={t('contact.fields.preferredChannel')}
                data={enums.channels}
                value={values.preferredChannel}
                onChange={(value) => set('preferredChannel', value as ContactChannel | null)}
                error={errors.preferredChannel}
                clearable
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('contact.form.consent')}>
            <Group gap="xl">
              <Switch label={t('contact.flags.doNotCall')} checked={values.doNotCall} onChange={(e) => set('doNotCall', e.currentTarget.checked)} color="red" />
              <Switch label={t('contact.flags.doNotEmail')} checked={values.doNotEmail} onChange={(e) => set('doNotEmail', e.currentTarget.checked)} color="red" />
              <Switch label={t('contact.flags.doNotSms')} checked={values.doNotSms} onChange={(e) => set('doNotSms', e.currentTarget.checked)} color="red" />
            </Group>
          </Fieldset>
          <Group justify="flex-end" gap="sm" mt="lg">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={result.saving}>
              {existing ? t('common.save') : t('contact.create')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}

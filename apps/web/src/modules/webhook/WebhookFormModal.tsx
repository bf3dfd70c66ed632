import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateWebhookDocument, UpdateWebhookDocument, WebhookEventTypesDocument, type WebhookItemFragment } from '@panorama/schema';
import { toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { emptyWebhookValues, foldFieldErrors, webhookToValues, type WebhookFormValues } from './webhookForm.ts';

interface WebhookFormModalProps {
  opened: boolean;
  /** The webhook to edit; none creates one. */
  webhook: WebhookItemFragment | null;
  onClose: () => void;
  /** After creating: the new webhook's secret, to show once. */
  onCreated: (secret: string, webhook: WebhookItemFragment) => void;
}

/** "New webhook" / "Edit webhook": URL, description, event types and the optional field filter. */
export function WebhookFormModal({ opened, webhook, onClose, onCreated }: WebhookFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={webhook ? t('webhook.form.editTitle') : t('webhook.form.createTitle')} size="lg">
      {opened && <WebhookForm webhook={webhook} onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function WebhookForm({ webhook, onClose, onCreated }: Omit<WebhookFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState<WebhookFormValues>(() => (webhook ? webhookToValues(webhook) : emptyWebhookValues()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const eventTypes = useQuery(WebhookEventTypesDocument, { fetchPolicy: 'cache-first' });
  const [create, creating] = useMutation(CreateWebhookDocument, { refetchQueries: ['Webhooks'] });
  const [update, updating] = useMutation(UpdateWebhookDocument);

  const set = <K extends keyof WebhookFormValues>(key: K, value: WebhookFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _, form: __, ...rest }) => rest);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.url.trim()) return setErrors({ url: t('common.required') });
    if (values.eventTypes.length === 0) return setErrors({ eventTypes: t('webhook.form.noEventTypes') });
    const input = { url: values.url.trim(), description: values.description.trim() || null, eventTypes: values.eventTypes, onlyFields: values.onlyFields };
    try {
      if (webhook) {
        await update({ variables: { id: webhook.id, input: { ...input, version: webhook.version } } });
        notifications.show({ color: 'teal', message: t('webhook.form.saved') });
        onClose();
      } else {
        const { data } = await create({ variables: { input } });
        if (data) onCreated(data.createWebhook.secret, data.createWebhook.webhook);
      }
    } catch (e) {
      const fields = foldFieldErrors(toFieldErrors(e));
      setErrors(Object.keys(fields).length ? fields : { form: errorMessage(e) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {errors.form && <Alert color="red" variant="light" role="alert">{errors.form}</Alert>}
        <TextInput
          label={t('webhook.fields.url')}
          description={t('webhook.form.urlHint')}
          placeholder="https://example.com/hooks/panorama"
          value={values.url}
          onChange={(e) => set('url', e.currentTarget.value)}
          error={errors.url}
          maxLength={2000}
          required
          data-autofocus
        />
        <Textarea
          label={t('webhook.fields.description')}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={errors.description}
          maxLength={200}
          autosize
          minRows={1}
          maxRows={3}
        />
        <TagsInput
          label={t('webhook.fields.eventTypes')}
          description={t('webhook.form.eventTypesHint')}
          placeholder={t('webhook.form.eventTypesPlaceholder')}
          data={eventTypes.data?.webhookEventTypes ?? []}
          value={values.eventTypes}
          onChange={(v) => set('eventTypes', v)}
          error={errors.eventTypes}
          clearable
          maxDropdownHeight={240}
          comboboxProps={{ withinPortal: true }}
          required
        />
        <TagsInput
          label={t('webhook.fields.onlyFields')}
          description={t('webhook.form.onlyFieldsHint')}
          placeholder={t('webhook.form.onlyFieldsPlaceholder')}
          value={values.onlyFields}
          onChange={(v) => set('onlyFields', v)}
          error={errors.onlyFields}
          clearable
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {webhook ? t('webhook.form.submitSave') : t('webhook.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

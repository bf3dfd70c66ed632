import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PoolSettingsDocument, PoolStatusDocument, UpdatePoolSettingsDocument } from '@panorama/schema';
import { toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

type Draft = { defaultClaimLimit?: number | string; autoReleaseDays?: number | string };
const FIELDS = ['defaultClaimLimit', 'autoReleaseDays'] as const;

/** The company's pool rules: default claim limit, and after how many idle days customers go back. */
export function PoolSettingsCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data } = useQuery(PoolSettingsDocument);
  const [draft, setDraft] = useState<Draft>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [save, { loading }] = useMutation(UpdatePoolSettingsDocument, { refetchQueries: [PoolStatusDocument] });
  const value = (field: (typeof FIELDS)[number]) => draft[field] ?? data?.poolSettings[field] ?? '';
  const changed = FIELDS.some((f) => draft[f] !== undefined && Number(draft[f]) !== data?.poolSettings[f]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = FIELDS.filter((f) => value(f) === '' || Number.isNaN(Number(value(f))));
    if (missing.length) return setErrors(Object.fromEntries(missing.map((f) => [f, t('common.required')])));
    try {
      await save({ variables: { defaultClaimLimit: Number(value('defaultClaimLimit')), autoReleaseDays: Number(value('autoReleaseDays')) } });
      setDraft({});
      setErrors({});
      notifications.show({ color: 'teal', message: t('admin.poolSettings.saved') });
    } catch (e) {
      const fields = toFieldErrors(e, []);
      setErrors(Object.keys(fields).length ? fields : { defaultClaimLimit: errorMessage(e) });
    }
  };

  const input = (field: (typeof FIELDS)[number], label: string, description?: string) => (
    <NumberInput
      label={label}
      description={description}
      min={0}
      allowDecimal={false}
      value={value(field)}
      onChange={(v) => {
        setDraft((d) => ({ ...d, [field]: v }));
        setErrors((e) => ({ ...e, [field]: '' }));
      }}
      error={errors[field] || null}
      w={200}
    />
  );

  return (
    <Paper withBorder p="md" mb="md">
      <form onSubmit={(e) => void submit(e)}>
        <Group justify="space-between" align="flex-end" gap="md">
          <div>
            <Title order={3} fz="md">{t('admin.poolSettings.title')}</Title>
            <Text size="sm" c="dimmed">{t('admin.poolSettings.description')}</Text>
          </div>
          <Group gap="sm" align="flex-end">
            {input('defaultClaimLimit', t('admin.poolSettings.defaultClaimLimit'))}
            {input('autoReleaseDays', t('admin.poolSettings.autoReleaseDays'), t('admin.poolSettings.autoReleaseHint'))}
            <Button type="submit" variant="light" loading={loading} disabled={!changed}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </form>
    </Paper>
  );
}

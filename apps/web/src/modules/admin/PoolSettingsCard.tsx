import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PoolSettingsDocument, PoolStatusDocument, UpdatePoolSettingsDocument } from '@panorama/schema';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

/** The default claim limit for users without their own. */
export function PoolSettingsCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data } = useQuery(PoolSettingsDocument);
  const current = data?.poolSettings.defaultClaimLimit;
  const [draft, setDraft] = useState<number | string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdatePoolSettingsDocument, { refetchQueries: [PoolStatusDocument] });
  const value = draft ?? current ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (value === '' || Number.isNaN(Number(value))) return setError(t('common.required'));
    try {
      await save({ variables: { defaultClaimLimit: Number(value) } });
      setDraft(null);
      setError(null);
      notifications.show({ color: 'teal', message: t('admin.poolSettings.saved') });
    } catch (e) {
      setError(toFieldErrors(e, []).defaultClaimLimit ?? errorMessage(e));
    }
  };

  return (
    <Paper withBorder p="md" mb="md">
      <form onSubmit={(e) => void submit(e)}>
        <Group justify="space-between" align="flex-end" gap="md">
          <div>
            <Title order={3} fz="md">{t('admin.poolSettings.title')}</Title>
            <Text size="sm" c="dimmed">{t('admin.poolSettings.description')}</Text>
          </div>
          <Group gap="sm" align="flex-end">
            <NumberInput
              label={t('admin.poolSettings.defaultClaimLimit')}
              min={0}
              allowDecimal={false}
              value={value}
              onChange={(v) => {
                setDraft(v);
                setError(null);
              }}
              error={error}
              w={180}
            />
            <Button type="submit" variant="light" loading={loading} disabled={draft === null || Number(draft) === current}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </form>
    </Paper>
  );
}

import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ChangeMyPasswordDocument, MySessionsDocument } from '@panorama/schema';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

type Errors = { currentPassword?: string; newPassword?: string; confirm?: string; form?: string };
const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** Changes the viewer's password; the server signs their other devices out. */
export function ChangePasswordCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [change, { loading }] = useMutation(ChangeMyPasswordDocument, { refetchQueries: [MySessionsDocument] });

  const set = (field: keyof typeof EMPTY) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined, form: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Errors = {};
    for (const field of ['currentPassword', 'newPassword', 'confirm'] as const) if (!values[field]) missing[field] = t('common.required');
    if (Object.keys(missing).length) return setErrors(missing);
    if (values.newPassword !== values.confirm) return setErrors({ confirm: t('account.password.mismatch') });
    try {
      await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      setValues(EMPTY);
      setErrors({});
      notifications.show({ color: 'teal', message: t('account.password.changed') });
    } catch (e) {
      const fields = toFieldErrors(e, []);
      const shown = fields.currentPassword || fields.newPassword;
      setErrors({ currentPassword: fields.currentPassword, newPassword: fields.newPassword, form: shown ? undefined : errorMessage(e) });
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md" maw={420}>
          <div>
            <Title order={3} fz="md">{t('account.password.title')}</Title>
            <Text size="sm" c="dimmed">{t('account.password.hint')}</Text>
          </div>
          {errors.form && <Alert color="red" variant="light" role="alert">{errors.form}</Alert>}
          <PasswordInput
            label={t('account.password.current')}
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={(e) => set('currentPassword')(e.currentTarget.value)}
            error={errors.currentPassword}
            required
          />
          <PasswordInput
            label={t('account.password.new')}
            description={t('account.password.newHint')}
            autoComplete="new-password"
            value={values.newPassword}
            onChange={(e) => set('newPassword')(e.currentTarget.value)}
            error={errors.newPassword}
            required
          />
          <PasswordInput
            label={t('account.password.confirm')}
            autoComplete="new-password"
            value={values.confirm}
            onChange={(e) => set('confirm')(e.currentTarget.value)}
            error={errors.confirm}
            required
          />
          <Group>
            <Button type="submit" loading={loading}>{t('account.password.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

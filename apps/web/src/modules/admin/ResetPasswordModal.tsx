import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ResetUserPasswordDocument, type AdminUserFragment } from '@panorama/schema';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

/** Sets a new password; the server signs the user out everywhere and clears a lockout. */
export function ResetPasswordModal({ user, onClose }: { user: AdminUserFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ password?: string; confirm?: string; form?: string }>({});
  const [reset, { loading }] = useMutation(ResetUserPasswordDocument);

  const close = () => {
    setPassword('');
    setConfirm('');
    setError({});
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    if (!password) return setError({ password: t('common.required') });
    if (password !== confirm) return setError({ confirm: t('admin.users.passwordMismatch') });
    try {
      await reset({ variables: { id: user.id, newPassword: password } });
      notifications.show({ color: 'teal', message: t('admin.users.notify.passwordReset', { name: user.name }) });
      close();
    } catch (e) {
      const fields = toFieldErrors(e, []);
      setError({ password: fields.newPassword, form: fields.newPassword ? undefined : errorMessage(e) });
    }
  };

  return (
    <Modal opened={Boolean(user)} onClose={close} title={t('admin.users.resetPasswordTitle', { name: user?.name ?? '' })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">{t('admin.users.resetPasswordHint')}</Text>
          {error.form && <Alert color="red" variant="light" role="alert">{error.form}</Alert>}
          <PasswordInput
            label={t('admin.users.fields.newPassword')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error.password}
            required
            data-autofocus
          />
          <PasswordInput
            label={t('admin.users.fields.confirmPassword')}
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={error.confirm}
            required
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={loading}>{t('admin.users.resetPassword')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

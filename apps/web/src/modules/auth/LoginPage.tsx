import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconAperture } from '@tabler/icons-react';
import { useDocumentTitle } from '@mantine/hooks';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoginDocument } from '@panorama/schema';
import { errorCode } from '../../lib/errors.ts';
import { applyLocale, isLocale, storedLocale } from '../../lib/i18n/index.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { safeRedirect } from './safeRedirect.ts';

export function LoginPage({ redirect }: { redirect?: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [login, { loading }] = useMutation(LoginDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(`${t('auth.submit')} · ${t('app.name')}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError(t('auth.missingFields'));
      return;
    }
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      await client.clearStore();
      const profileLocale = data?.login.user.locale;
      if (!storedLocale() && isLocale(profileLocale)) await applyLocale(profileLocale);
      router.history.push(safeRedirect(redirect));
    } catch (e) {
      setError(errorCode(e) === 'UNAUTHENTICATED' ? t('auth.wrongCredentials') : errorMessage(e));
    }
  };

  return (
    <Box mih="100vh" style={{ background: 'linear-gradient(160deg, var(--mantine-color-indigo-0), var(--mantine-color-gray-0) 60%)' }}>
      <Group justify="flex-end" p="md">
        <LanguageSwitch signedIn={false} />
      </Group>
      <Center px="md" pb="xl" mih="calc(100vh - 140px)">
        <Paper withBorder shadow="md" radius="lg" p="xl" w="100%" maw={400}>
          <Stack gap="lg">
            <Stack gap={6} align="center">
              <ThemeIcon size={48} radius="md" variant="gradient" gradient={{ from: 'indigo', to: 'cyan', deg: 135 }}>
                <IconAperture size={28} />
              </ThemeIcon>
              <Title order={1} fz="h2">
                {t('app.name')}
              </Title>
              <Text c="dimmed" size="sm" ta="center">
                {t('auth.subtitle')}
              </Text>
            </Stack>
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                {error && (
                  <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="login-error">
                    {error}
                  </Alert>
                )}
                <TextInput
                  label={t('auth.email')}
                  type="email"
                  autoComplete="username"
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  required
                  data-autofocus
                  autoFocus
                />
                <PasswordInput
                  label={t('auth.password')}
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  required
                />
                <Button type="submit" fullWidth loading={loading} mt="xs">
                  {t('auth.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}

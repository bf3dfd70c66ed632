import { Button, Center, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

/** Last resort when a route fails to load or render. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Center mih="50vh" p="xl">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={2} fz="h3">
          {t('errors.pageFailed')}
        </Title>
        <Text c="dimmed">{message(error)}</Text>
        <Button variant="light" onClick={reset}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}

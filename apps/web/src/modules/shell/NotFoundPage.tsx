import { Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';

/** Unknown address, or a record that does not exist (or is not visible to the viewer). */
export function NotFoundPage({ title, description }: { title?: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="xl">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Text fz={64} fw={800} c="indigo.2" lh={1}>
          404
        </Text>
        <Title order={2} fz="h3">
          {title ?? t('notFound.title')}
        </Title>
        <Text c="dimmed">{description ?? t('notFound.description')}</Text>
        <ButtonLink to="/customers" mt="md">
          {t('notFound.home')}
        </ButtonLink>
      </Stack>
    </Center>
  );
}

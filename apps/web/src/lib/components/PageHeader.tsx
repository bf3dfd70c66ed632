import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
  /** Badges next to the title. */
  badges?: ReactNode;
  /** A back link above the title. */
  back?: ReactNode;
}

export function PageHeader({ title, description, actions, badges, back }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(typeof title === 'string' ? `${title} · ${t('app.name')}` : t('app.name'));
  return (
    <Stack gap={4} mb="lg">
      {back}
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="sm" wrap="wrap">
            <Title order={2} fz="h3">
              {title}
            </Title>
            {badges}
          </Group>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="sm" wrap="nowrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}

import type { ReactNode } from 'react';
import { Badge, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ChartCardProps {
  title: string;
  subtitle?: string;
  /** The currency the amounts are shown in; stated on every money chart. */
  currency?: string;
  loading?: boolean;
  empty?: boolean;
  height?: number;
  /** Content sets its own height (height then applies to loading and empty states only). */
  fit?: boolean;
  children: ReactNode;
  footer?: ReactNode;
}

/** A dashboard panel: title, what it counts, the currency shown, and loading / empty states. */
export function ChartCard({ title, subtitle, currency, loading, empty, height = 280, fit, children, footer }: ChartCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" h="100%" component="section" aria-label={title}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={3} fz="md">{title}</Title>
            {subtitle && <Text size="xs" c="dimmed">{subtitle}</Text>}
          </div>
          {currency && (
            <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
              {t('dashboard.shownIn', { currency })}
            </Badge>
          )}
        </Group>
        {loading ? (
          <Center h={height}><Loader size="sm" aria-label={t('common.loading')} /></Center>
        ) : empty ? (
          <Center h={height}>
            <Stack gap={4} align="center">
              <IconChartBar size={28} color="var(--mantine-color-gray-5)" />
              <Text size="sm" c="dimmed">{t('dashboard.empty')}</Text>
            </Stack>
          </Center>
        ) : (
          <div style={{ height: fit ? undefined : height, minWidth: 0 }}>{children}</div>
        )}
        {footer}
      </Stack>
    </Paper>
  );
}

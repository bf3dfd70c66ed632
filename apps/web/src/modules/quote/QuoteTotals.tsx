import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

interface Props {
  currency: string;
  subtotal: string;
  discount: string;
  tax: string;
  total: string;
  /** Shown under the numbers while they are the browser's preview, not the saved totals. */
  hint?: string;
}

/** Subtotal, discount, tax and total of a quote or order. */
export function QuoteTotals({ currency, subtotal, discount, tax, total, hint }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const row = (label: string, amount: string, strong = false, negative = false) => (
    <Group justify="space-between" gap="xl">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 400} c={strong ? undefined : 'dimmed'}>{label}</Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} ff="monospace" data-testid={strong ? 'quote-total' : undefined}>
        {negative && Number(amount) > 0 ? '−' : ''}{format.money(amount, currency)}
      </Text>
    </Group>
  );
  return (
    <Card withBorder radius="md" padding="md" miw={280}>
      <Stack gap={6}>
        {row(t('quote.totals.subtotal'), subtotal)}
        {row(t('quote.totals.discount'), discount, false, true)}
        {row(t('quote.totals.tax'), tax)}
        {row(t('quote.totals.total'), total, true)}
        {hint && <Text size="xs" c="dimmed" maw={280}>{hint}</Text>}
      </Stack>
    </Card>
  );
}

import { useState } from 'react';
import { ActionIcon, Button, Group, Table, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

interface CurrencyRateRowProps {
  rate: { currency: string; rate: string; updatedAt: string };
  base: string;
  saving: boolean;
  error?: string;
  onSave: (rate: string) => void;
  onDelete: () => void;
}

/** "7.10000000" → "7.1": the rate as typed, without the storage's trailing zeros. */
export const trimRate = (rate: string) => rate.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/** One rate, editable in place: 1 unit of the currency = rate × base currency. */
export function CurrencyRateRow({ rate, base, saving, error, onSave, onDelete }: CurrencyRateRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? trimRate(rate.rate);
  const changed = draft !== null && draft.trim() !== trimRate(rate.rate);
  return (
    <Table.Tr>
      <Table.Td fw={600}>{rate.currency}</Table.Td>
      <Table.Td>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (changed) onSave(value.trim());
          }}
        >
          <Group gap="xs" wrap="nowrap">
            <TextInput
              aria-label={t('currency.rate', { base }) + ` ${rate.currency}`}
              value={value}
              onChange={(e) => setDraft(e.currentTarget.value)}
              error={error || null}
              inputMode="decimal"
              w={160}
              rightSection={<span style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)' }}>{base}</span>}
              rightSectionWidth={44}
            />
            <Button type="submit" size="xs" variant="light" disabled={!changed} loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </form>
      </Table.Td>
      <Table.Td c="dimmed" fz="sm">{format.dateTime(rate.updatedAt)}</Table.Td>
      <Table.Td ta="right">
        <Tooltip label={t('common.delete')}>
          <ActionIcon variant="subtle" color="red" onClick={onDelete} aria-label={`${t('common.delete')} ${rate.currency}`}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldRow } from './customerFormValues.ts';

interface CustomFieldsInputProps {
  rows: CustomFieldRow[];
  onChange: (rows: CustomFieldRow[]) => void;
  error?: string;
}

/** Key / value pairs stored in `customFields` (a JSON object). */
export function CustomFieldsInput({ rows, onChange, error }: CustomFieldsInputProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<CustomFieldRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Stack gap="xs">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customer.form.noCustomFields')}
        </Text>
      )}
      {rows.map((row, index) => (
        <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('customer.form.customFieldName')}
            value={row.key}
            onChange={(e) => update(index, { key: e.currentTarget.value })}
            w={220}
          />
          <TextInput
            label={t('customer.form.customFieldValue')}
            value={row.value}
            onChange={(e) => update(index, { value: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={2}
            aria-label={t('customer.form.removeCustomField', { name: row.key || index + 1 })}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, { key: '', value: '' }])}>
          {t('customer.form.addCustomField')}
        </Button>
      </Group>
    </Stack>
  );
}

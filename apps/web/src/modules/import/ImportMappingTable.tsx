import { Badge, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewImportQuery } from '@panorama/schema';

type Preview = PreviewImportQuery['previewImport'];

interface Props {
  preview: Preview;
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
  fieldLabel: (key: string) => string;
}

/** One row per file column: an example cell and the field it fills (each field at most once). */
export function ImportMappingTable({ preview, mapping, onChange, fieldLabel }: Props) {
  const { t } = useTranslation();
  const used = new Set(Object.values(mapping));
  const set = (column: string, field: string | null) => {
    const next = { ...mapping };
    if (field) next[column] = field;
    else delete next[column];
    onChange(next);
  };
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.column')}</Table.Th>
          <Table.Th>{t('import.sample')}</Table.Th>
          <Table.Th>{t('import.field')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.columns.map((column, i) => (
          <Table.Tr key={column}>
            <Table.Td>{column}</Table.Td>
            <Table.Td><Text size="sm" c="dimmed" lineClamp={1}>{preview.rows[0]?.[i] ?? ''}</Text></Table.Td>
            <Table.Td>
              <Select
                aria-label={t('import.field') + ': ' + column}
                size="xs"
                placeholder={t('import.ignore')}
                clearable
                value={mapping[column] ?? null}
                onChange={(v) => set(column, v)}
                data={preview.fields.map((f) => ({
                  value: f.key,
                  label: `${fieldLabel(f.key)}${f.required ? ` (${t('import.required')})` : ''}`,
                  disabled: used.has(f.key) && mapping[column] !== f.key,
                }))}
                data-testid={`import-map-${column}`}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      {preview.fields.some((f) => f.required && !used.has(f.key)) && (
        <Table.Caption>
          {preview.fields.filter((f) => f.required && !used.has(f.key)).map((f) => <Badge key={f.key} color="red" variant="light" mr={4}>{fieldLabel(f.key)}</Badge>)}
        </Table.Caption>
      )}
    </Table>
  );
}

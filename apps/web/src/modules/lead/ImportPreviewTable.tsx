import { Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from './leadCsv.ts';

interface Props {
  columns: string[];
  rows: PreviewRow[];
  errors: Map<number, Record<string, string>>;
}

/** The parsed rows, with the server's message under each bad cell and bad rows highlighted. */
export function ImportPreviewTable({ columns, rows, errors }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table withTableBorder withColumnBorders striped verticalSpacing={6} fz="sm" data-testid="import-preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('lead.importPage.row')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const rowErrors = errors.get(r.row);
            return (
              <Table.Tr key={r.row} bg={rowErrors ? 'var(--mantine-color-red-light)' : undefined} data-invalid={rowErrors ? 'true' : undefined}>
                <Table.Td>
                  {rowErrors ? (
                    <Tooltip label={Object.values(rowErrors).join('; ')}>
                      <Text size="sm" c="red" fw={600} span>
                        <IconAlertTriangle size={14} style={{ verticalAlign: -2 }} /> {r.row}
                      </Text>
                    </Tooltip>
                  ) : (
                    r.row
                  )}
                  {rowErrors?.['*'] && <Text size="xs" c="red">{rowErrors['*']}</Text>}
                </Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c} style={{ maxWidth: 240, overflowWrap: 'anywhere' }}>
                    {r.cells[c] || <Text span c="dimmed">—</Text>}
                    {rowErrors?.[c] && (
                      <Text size="xs" c="red" role="alert">
                        {rowErrors[c]}
                      </Text>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportRecordsMutation } from '@panorama/schema';
import { localizeServerMessage } from '../../lib/i18n/serverMessages.ts';

type Result = ImportRecordsMutation['importRecords'];
const SHOWN = 50;

/** Errors by row and field, and duplicates, of a dry run or an import. */
export function ImportReport({ result, fieldLabel }: { result: Result; fieldLabel: (key: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      {result.errorCount > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" title={t('import.errorsTitle', { count: result.errorCount })} data-testid="import-errors">
          <List size="sm" spacing={2}>
            {result.errors.slice(0, SHOWN).map((e) => (
              <List.Item key={`${e.row}-${e.field}`}>{t('import.rowError', { row: e.row, field: fieldLabel(e.field), message: localizeServerMessage(e.message) })}</List.Item>
            ))}
          </List>
          {result.errorCount > SHOWN && <Text size="xs" c="dimmed" mt={4}>{t('import.moreErrors', { shown: SHOWN })}</Text>}
        </Alert>
      )}
      {result.duplicates.length > 0 && (
        <Alert color="yellow" variant="light" title={t('import.duplicatesTitle', { count: result.duplicates.length })} data-testid="import-duplicates">
          <List size="sm" spacing={2}>
            {result.duplicates.slice(0, SHOWN).map((d) => (
              <List.Item key={d.row}>{d.sameAsRow ? t('import.sameAsRow', { row: d.row, other: d.sameAsRow }) : t('import.existing', { row: d.row })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}

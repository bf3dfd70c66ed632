import { useState } from 'react';
import { Alert, Button, Checkbox, FileInput, Group, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ImportRecordsDocument, PreviewImportDocument, UndoImportDocument,
  type ImportEntity, type ImportMatchKey, type ImportMode, type ImportRecordsMutation, type PreviewImportQuery,
} from '@panorama/schema';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { ImportMappingTable } from './ImportMappingTable.tsx';
import { ImportReport } from './ImportReport.tsx';
import { MAX_IMPORT_BYTES, readFileBase64 } from './readFileBase64.ts';

type Result = ImportRecordsMutation['importRecords'];
type Preview = PreviewImportQuery['previewImport'];

interface Props {
  entity: ImportEntity;
  /** The i18n namespace of the entity's field labels (`customer` → customer.fields.name). */
  fieldsOf: string;
  opened: boolean;
  onClose: () => void;
  /** Called after an import or undo changed records (refetch the list). */
  onChanged: () => void;
}

/**
 * Choose a file → the server's preview with the column mapping (pre-filled from the saved one)
 * → a dry run showing errors by row and field → the import (one request, one all-or-nothing
 * batch on the server; the bar runs until it answers) → the result, with Undo.
 */
export function ImportDialog({ entity, fieldsOf, opened, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [file, setFile] = useState<File | null>(null);
  const [base64, setBase64] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<ImportMode>('INSERT_ONLY');
  const [matchKey, setMatchKey] = useState<ImportMatchKey | null>(null);
  const [skipErrorRows, setSkipErrorRows] = useState(false);
  const [checked, setChecked] = useState<Result | null>(null);
  const [done, setDone] = useState<Result | null>(null);
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loadPreview, previewState] = useLazyQuery(PreviewImportDocument, { fetchPolicy: 'no-cache' });
  const [run, runState] = useMutation(ImportRecordsDocument);
  const [undo, undoState] = useMutation(UndoImportDocument);
  const fieldLabel = (key: string) => (key === 'externalId' ? t('import.externalId') : t(`${fieldsOf}.fields.${key}`, { defaultValue: key }));

  const reset = () => {
    setFile(null); setBase64(null); setPreview(null); setMapping({}); setChecked(null); setDone(null); setUndone(false); setError(null);
  };
  const close = () => (reset(), onClose());
  const choose = async (picked: File | null) => {
    reset();
    if (!picked) return;
    setFile(picked);
    if (picked.size > MAX_IMPORT_BYTES) return setError(t('import.tooLarge'));
    try {
      const content = await readFileBase64(picked);
      setBase64(content);
      const { data, error: e } = await loadPreview({ variables: { entity, file: content, fileName: picked.name } });
      if (e) throw e;
      if (data) {
        setPreview(data.previewImport);
        setMapping(Object.fromEntries(data.previewImport.mapping.map((m) => [m.column, m.field])));
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const send = async (dryRun: boolean) => {
    if (!base64 || !file) return;
    setError(null);
    try {
      const { data } = await run({
        variables: {
          entity, file: base64, fileName: file.name, dryRun, skipErrorRows, mode,
          matchKey: mode === 'UPSERT' ? matchKey : matchKey ?? null,
          mapping: Object.entries(mapping).map(([column, field]) => ({ column, field })),
        },
      });
      if (!data) return;
      if (dryRun) setChecked(data.importRecords);
      else {
        setDone(data.importRecords);
        if (data.importRecords.stored) onChanged();
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const revert = async () => {
    if (!done?.batchId) return;
    try {
      await undo({ variables: { batchId: done.batchId } });
      setUndone(true);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const counts = (r: Result) => ({ created: r.created, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped });
  const busy = runState.loading || previewState.loading;

  return (
    <Modal opened={opened} onClose={close} size="xl" title={t('import.title', { entity: t(`import.entities.${entity}`) })}>
      <Stack gap="md">
        {!done && (
          <FileInput
            label={t('import.pick')}
            description={t('import.pickHint')}
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileImport size={16} />}
            value={file}
            onChange={(f) => void choose(f)}
            clearable
            data-autofocus
            data-testid="import-file"
          />
        )}
        {previewState.loading && <Text size="sm" c="dimmed">{t('import.reading')}</Text>}
        {error && <Alert color="red" variant="light" role="alert">{error}</Alert>}
        {preview && !done && (
          <>
            <Text size="sm" fw={600}>{t('import.mapping')} · {t('import.rows', { count: preview.rowCount })}</Text>
            <Text size="xs" c="dimmed">{t('import.mappingHint')}</Text>
            <ImportMappingTable preview={preview} mapping={mapping} onChange={(m) => (setMapping(m), setChecked(null))} fieldLabel={fieldLabel} />
            <Group gap="md" align="flex-end">
              <Select
                label={t('import.mode')} value={mode} allowDeselect={false} w={200}
                onChange={(v) => (setMode((v ?? 'INSERT_ONLY') as ImportMode), setChecked(null))}
                data={(['INSERT_ONLY', 'UPSERT'] as const).map((m) => ({ value: m, label: t(`import.modes.${m}`) }))}
              />
              <Select
                label={t('import.matchKey')} value={matchKey} w={220} clearable placeholder={t('import.noMatchKey')}
                onChange={(v) => (setMatchKey(v as ImportMatchKey | null), setChecked(null))}
                data={preview.matchKeys.map((k) => ({ value: k, label: t(`import.matchKeys.${k}`) }))}
                data-testid="import-match-key"
              />
            </Group>
            <Checkbox label={t('import.skipErrors')} checked={skipErrorRows} onChange={(e) => setSkipErrorRows(e.currentTarget.checked)} />
            {runState.loading && <Progress value={100} animated striped aria-label={t('import.running')} />}
            {checked && (
              <Alert color={checked.errorCount ? 'orange' : 'teal'} variant="light" data-testid="import-checked">
                {t('import.checked', counts(checked))}
              </Alert>
            )}
            {checked && <ImportReport result={checked} fieldLabel={fieldLabel} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void send(true)} loading={busy && !checked} disabled={busy}>{t('import.check')}</Button>
              <Button onClick={() => void send(false)} disabled={!checked || busy || (checked.errorCount > 0 && !skipErrorRows)} loading={runState.loading && Boolean(checked)}>
                {t('import.run')}
              </Button>
            </Group>
          </>
        )}
        {done && (
          <>
            <Alert color={done.stored ? 'teal' : 'orange'} variant="light" icon={<IconCircleCheck size={18} />} role="status" data-testid="import-done">
              {done.stored ? t('import.done', counts(done)) : t('import.notStored')}
              {undone && <Text size="sm" mt={4} data-testid="import-undone">{t('import.undone')}</Text>}
            </Alert>
            <ImportReport result={done} fieldLabel={fieldLabel} />
            <Group justify="flex-end">
              {done.stored && !undone && <Button variant="default" color="red" onClick={() => void revert()} loading={undoState.loading}>{t('import.undo')}</Button>}
              <Button variant="default" onClick={reset}>{t('import.back')}</Button>
              <Button onClick={close}>{t('import.close')}</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

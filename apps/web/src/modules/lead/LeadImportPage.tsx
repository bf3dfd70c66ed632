import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, FileInput, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconAlertCircle, IconCircleCheck, IconDownload, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ImportLeadsDocument, type ImportLeadsMutation } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { ImportPreviewTable } from './ImportPreviewTable.tsx';
import { LEAD_CSV_COLUMNS, LEAD_CSV_TEMPLATE, errorsByRow, previewCsv } from './leadCsv.ts';

const SHOWN = 20;
type Result = ImportLeadsMutation['importLeads'];

/** CSV import: pick a file, preview it, let the server check every row (dry run), then import all or nothing. */
export function LeadImportPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [readError, setReadError] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [checked, setChecked] = useState<Result | null>(null);
  const [done, setDone] = useState<Result | null>(null);
  const [run, state] = useMutation(ImportLeadsDocument);
  const preview = useMemo(() => (text ? previewCsv(text) : null), [text]);
  const errors = useMemo(() => errorsByRow(fieldErrors), [fieldErrors]);
  const columns = preview?.header.length ? preview.header : [...LEAD_CSV_COLUMNS];
  const shownRows = preview ? preview.rows.filter((r, i) => i < SHOWN || errors.has(r.row)) : [];

  const reset = () => (setFieldErrors({}), setMessage(null), setChecked(null), setDone(null));
  const choose = (picked: File | null) => {
    reset();
    setFile(picked);
    setText(null);
    setReadError(false);
    picked?.text().then(setText, () => setReadError(true));
  };
  const send = async (dryRun: boolean) => {
    if (!text) return;
    reset();
    try {
      const { data } = await run({ variables: { csv: text, dryRun }, update: dryRun ? undefined : (cache) => evictRootFields(cache, ['leads']) });
      if (data) (dryRun ? setChecked : setDone)(data.importLeads);
    } catch (error) {
      const fields = toFieldErrors(error, []);
      setFieldErrors(fields);
      setMessage(Object.keys(fields).length ? t('lead.importPage.errors', { count: Object.keys(fields).length }) : errorMessage(error));
    }
  };
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${LEAD_CSV_TEMPLATE}`)}`;

  return (
    <>
      <PageHeader
        title={t('lead.importPage.title')}
        description={t('lead.importPage.description')}
        back={
          <AnchorLink to="/leads" size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('lead.backToList')}</BackLabel>
          </AnchorLink>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="lg">
          <Group align="flex-end" gap="md" wrap="wrap">
            <FileInput
              label={t('lead.importPage.pick')}
              placeholder={t('lead.importPage.pickPlaceholder')}
              accept=".csv,text/csv"
              leftSection={<IconFileTypeCsv size={16} />}
              value={file}
              onChange={choose}
              clearable
              w={340}
              error={readError ? t('lead.importPage.readFailed') : preview && !preview.rows.length ? t('lead.importPage.empty') : undefined}
            />
            <Button variant="default" loading={state.loading && !done} disabled={!preview?.rows.length || Boolean(done)} onClick={() => void send(true)}>
              {t('lead.importPage.check')}
            </Button>
            <Button disabled={!checked || checked.valid - checked.skippedDuplicates === 0 || Boolean(done)} loading={state.loading} onClick={() => void send(false)}>
              {checked ? t('lead.importPage.run', { count: checked.valid - checked.skippedDuplicates }) : t('lead.importPage.start')}
            </Button>
            <Anchor href={templateHref} download="leads-template.csv" size="sm" mb={8}>
              <IconDownload size={14} style={{ verticalAlign: -2 }} /> {t('lead.importPage.template')}
            </Anchor>
          </Group>
          {state.loading && <Progress value={100} animated striped mt="md" aria-label={t('lead.importPage.importing')} />}
        </Paper>
        {message && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="import-errors">
            {message}
            {errors.get(0) && Object.entries(errors.get(0)!).map(([field, m]) => <div key={field}>{m}</div>)}
          </Alert>
        )}
        {checked && !done && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="import-checked">
            {t('lead.importPage.valid', { valid: checked.valid, skipped: checked.skippedDuplicates })}
            {checked.skippedRows.length > 0 && <div>{t('lead.importPage.skippedRows', { rows: checked.skippedRows.join(', ') })}</div>}
          </Alert>
        )}
        {done && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} role="status" data-testid="import-done">
            <Text size="sm" mb="sm">{t('lead.importPage.done', { created: done.created, skipped: done.skippedDuplicates })}</Text>
            <Group gap="sm">
              <ButtonLink size="xs" to="/leads">{t('lead.importPage.toList')}</ButtonLink>
              <Button size="xs" variant="default" onClick={() => choose(null)}>{t('lead.importPage.again')}</Button>
            </Group>
          </Alert>
        )}
        {preview && preview.rows.length > 0 && (
          <Paper withBorder p="lg">
            <Text size="sm" fw={600} mb="sm">
              {t('lead.importPage.preview', { shown: Math.min(SHOWN, preview.rows.length), total: preview.rows.length })}
            </Text>
            <ImportPreviewTable columns={columns} rows={shownRows} errors={errors} />
          </Paper>
        )}
      </Stack>
    </>
  );
}

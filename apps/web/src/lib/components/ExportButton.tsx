import { Button, CloseButton, Group, Menu, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../useErrorMessage.ts';
import { useExportDownload, type ExportFormat } from '../useExportDownload.ts';

interface ExportButtonProps {
  /** The server's list name: `/export/<list>` (customers, contacts, leads, …). */
  list: string;
  /** The arguments the list screen's query uses (filter, orderBy): the file holds what the screen shows, every page. */
  args: Record<string, unknown>;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * Export menu for a list screen: CSV or Excel of the current filter, a progress bar while the
 * file streams in (rows against the total), cancel, and errors. Show it only to viewers with
 * the list's `:export` permission (the server refuses the others anyway).
 */
export function ExportButton({ list, args }: ExportButtonProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { state, start, cancel } = useExportDownload(list, args);
  const number = new Intl.NumberFormat(i18n.language);

  const run = async (format: ExportFormat) => {
    const outcome = await start(format);
    if (outcome === 'cancelled') notifications.show({ color: 'gray', message: t('export.cancelled') });
  };

  if (state.status === 'running') {
    const { total, rows, bytes } = state;
    const percent = total && rows !== null ? Math.round((rows / Math.max(total, 1)) * 100) : 100;
    const label =
      total === null ? t('export.preparing')
        : rows !== null ? t('export.progress', { received: number.format(rows), total: number.format(total) })
          : t('export.progressBytes', { total: number.format(total), size: megabytes(bytes) });
    return (
      <Group gap="xs" wrap="nowrap" role="status" aria-live="polite" data-testid="export-progress">
        <Stack gap={2} w={200}>
          <Text size="xs" c="dimmed" truncate>
            {label}
          </Text>
          <Progress
            value={percent}
            animated={rows === null}
            striped={rows === null}
            size="sm"
            aria-label={label}
          />
        </Stack>
        <CloseButton aria-label={t('export.cancel')} title={t('export.cancel')} onClick={cancel} />
      </Group>
    );
  }

  return (
    <Stack gap={4} align="flex-end">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />}>
            {t('export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('export.menuLabel')}</Menu.Label>
          <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => void run('csv')}>
            {t('export.csv')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run('xlsx')}>
            {t('export.xlsx')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {state.status === 'failed' && (
        <Text size="xs" c="red" role="alert" maw={260} ta="right">
          {t('export.failed')}: {errorMessage(state.error)}
        </Text>
      )}
    </Stack>
  );
}

import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconCalendarExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { OverlapConflict } from './activityModel.ts';

/** The server's OVERLAP answer: who is busy when, and a button to schedule anyway. */
export function OverlapWarning({ conflicts, nameOf, onConfirm, busy }: {
  conflicts: OverlapConflict[];
  nameOf: (id: string) => string;
  onConfirm: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert color="orange" variant="light" icon={<IconCalendarExclamation size={18} />} title={t('activity.overlap.title')} data-testid="overlap-warning">
      <Text size="sm" mb="xs">{t('activity.overlap.body')}</Text>
      <List size="sm" spacing={4} mb="sm">
        {conflicts.flatMap((c) =>
          c.busy.map((b, i) => (
            <List.Item key={`${c.userId}-${i}`}>
              <Text span fw={500} size="sm">{nameOf(c.userId)}</Text>
              {': '}
              {b.subject ?? t('activity.overlap.busy')} · {format.dateTime(b.startAt)} – {format.dateTime(b.endAt)}
            </List.Item>
          )),
        )}
      </List>
      <Group justify="flex-end">
        <Button size="xs" color="orange" onClick={onConfirm} loading={busy}>
          {t('activity.overlap.anyway')}
        </Button>
      </Group>
    </Alert>
  );
}

import { useState } from 'react';
import { ActionIcon, Badge, Indicator, Popover, Stack, Text, Group } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MyRemindersDocument } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { useViewer } from '../auth/useViewer.ts';
import { KIND_COLORS } from './activityModel.ts';

/** Header bell: due and overdue tasks, meetings starting within the hour; refreshed every minute. */
export function RemindersBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const { data, error } = useQuery(MyRemindersDocument, { skip: !can('activity:read'), pollInterval: 60_000, fetchPolicy: 'cache-and-network' });
  const [now, setNow] = useState(() => Date.now());
  if (!can('activity:read')) return null;
  const items = data?.myReminders ?? [];

  return (
    <Popover width={320} position="bottom-end" shadow="md" withArrow onOpen={() => setNow(Date.now())}>
      <Popover.Target>
        <Indicator label={items.length} size={16} disabled={!items.length} color="red" offset={4}>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`${t('activity.reminders.label')} (${items.length})`} data-testid="reminders-bell">
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} size="sm" mb="xs">{t('activity.reminders.title')}</Text>
        {error && <Text size="sm" c="red">{t('common.loadFailed')}</Text>}
        {!error && !items.length && <Text size="sm" c="dimmed">{t('activity.reminders.empty')}</Text>}
        <Stack gap={6}>
          {items.map((a) => {
            const overdue = a.kind === 'TASK' && a.dueAt && new Date(a.dueAt).getTime() < now;
            return (
              <Group key={a.id} gap="xs" wrap="nowrap" align="flex-start">
                <Badge size="xs" variant="light" color={KIND_COLORS[a.kind]}>{t(`activity.kind.${a.kind}`)}</Badge>
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>{a.subject}</Text>
                  <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
                    {overdue ? t('activity.reminders.overdue') + ' · ' : ''}
                    {a.kind === 'TASK' ? t('activity.reminders.due', { time: format.dateTime(a.dueAt) }) : t('activity.reminders.starts', { time: format.relative(a.startAt) })}
                  </Text>
                </div>
              </Group>
            );
          })}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

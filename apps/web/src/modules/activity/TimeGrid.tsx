import { Box, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityItemFragment } from '@panorama/schema';
import { CalendarEvent } from './CalendarEvent.tsx';
import { sameDay } from './calendarRange.ts';

const HOUR_PX = 40;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Day and week views: one column per day, hours down the side, tasks on top. */
export function TimeGrid({ days, activities }: { days: Date[]; activities: ActivityItemFragment[] }) {
  const { i18n, t } = useTranslation();
  const dayLabel = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', month: 'numeric', day: 'numeric' });
  const timed = (d: Date) => activities.filter((a) => a.startAt && a.endAt && new Date(a.startAt) < new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1) && new Date(a.endAt) > d);
  const tasks = (d: Date) => activities.filter((a) => !a.endAt && sameDay(new Date((a.dueAt ?? a.startAt)!), d));
  const col = { flex: 1, minWidth: 0, borderLeft: '1px solid var(--mantine-color-gray-3)' } as const;

  return (
    <Stack gap={0}>
      <Group gap={0} wrap="nowrap" align="stretch">
        <Box w={48} />
        {days.map((d) => (
          <Box key={d.toISOString()} style={col} p={4}>
            <Text size="sm" fw={600} ta="center" c={sameDay(d, new Date()) ? 'indigo' : undefined}>{dayLabel.format(d)}</Text>
            <Stack gap={2} mih={24} aria-label={t('activity.calendar.allDay')}>
              {tasks(d).map((a) => <CalendarEvent key={a.id} activity={a} />)}
            </Stack>
          </Box>
        ))}
      </Group>
      <ScrollArea h={560} type="auto">
        <Group gap={0} wrap="nowrap" align="stretch">
          <Box w={48}>
            {HOURS.map((h) => <Text key={h} size="xs" c="dimmed" h={HOUR_PX} ta="right" pr={6}>{`${String(h).padStart(2, '0')}:00`}</Text>)}
          </Box>
          {days.map((d) => (
            <Box key={d.toISOString()} style={{ ...col, position: 'relative', height: 24 * HOUR_PX }}>
              {HOURS.map((h) => <Box key={h} h={HOUR_PX} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} />)}
              {timed(d).map((a) => {
                const dayStart = d.getTime();
                const start = Math.max(new Date(a.startAt!).getTime(), dayStart);
                const end = Math.min(new Date(a.endAt!).getTime(), dayStart + 86_400_000);
                const top = ((start - dayStart) / 3_600_000) * HOUR_PX;
                const height = Math.max(((end - start) / 3_600_000) * HOUR_PX, 18);
                return <CalendarEvent key={a.id} activity={a} style={{ position: 'absolute', top, height, left: 2, right: 2 }} />;
              })}
            </Box>
          ))}
        </Group>
      </ScrollArea>
    </Stack>
  );
}

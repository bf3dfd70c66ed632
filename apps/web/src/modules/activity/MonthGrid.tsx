import { Box, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityItemFragment } from '@panorama/schema';
import { CalendarEvent } from './CalendarEvent.tsx';
import { addDays, sameDay } from './calendarRange.ts';
import { activityAt } from './activityModel.ts';

const MAX_PER_DAY = 4;

/** Month view: weeks × days, each day listing its first activities. */
export function MonthGrid({ days, month, activities }: { days: Date[]; month: number; activities: ActivityItemFragment[] }) {
  const { i18n } = useTranslation();
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short' });
  const onDay = (d: Date) => activities.filter((a) => {
    const at = activityAt(a);
    if (!at) return false;
    const end = a.endAt ? new Date(a.endAt) : at;
    return at < addDays(d, 1) && (end > d || sameDay(at, d));
  });

  return (
    <Box>
      <SimpleGrid cols={7} spacing={0}>
        {days.slice(0, 7).map((d) => <Text key={d.toISOString()} size="xs" fw={600} c="dimmed" ta="center" py={4}>{weekday.format(d)}</Text>)}
      </SimpleGrid>
      <SimpleGrid cols={7} spacing={0} style={{ borderTop: '1px solid var(--mantine-color-gray-3)', borderLeft: '1px solid var(--mantine-color-gray-3)' }}>
        {days.map((d) => {
          const items = onDay(d);
          return (
            <Box key={d.toISOString()} mih={104} p={4} style={{ borderRight: '1px solid var(--mantine-color-gray-3)', borderBottom: '1px solid var(--mantine-color-gray-3)', background: d.getMonth() === month ? undefined : 'var(--mantine-color-gray-0)' }}>
              <Text size="xs" fw={sameDay(d, new Date()) ? 700 : 400} c={sameDay(d, new Date()) ? 'indigo' : d.getMonth() === month ? undefined : 'dimmed'}>{d.getDate()}</Text>
              <Stack gap={2}>
                {items.slice(0, MAX_PER_DAY).map((a) => <CalendarEvent key={a.id} activity={a} />)}
                {items.length > MAX_PER_DAY && <Text size="xs" c="dimmed">+{items.length - MAX_PER_DAY}</Text>}
              </Stack>
            </Box>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}

import { Box, Text, Tooltip } from '@mantine/core';
import type { ActivityItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { KIND_COLORS } from './activityModel.ts';

/** One activity as a small coloured block (positioning is the caller's). */
export function CalendarEvent({ activity, style }: { activity: ActivityItemFragment; style?: React.CSSProperties }) {
  const format = useFormat();
  const color = KIND_COLORS[activity.kind] ?? 'gray';
  const when = activity.startAt ? `${format.dateTime(activity.startAt)}${activity.endAt ? ` – ${format.dateTime(activity.endAt)}` : ''}` : format.dateTime(activity.dueAt);
  const who = activity.attendees.map((u) => u.name).join(', ') || activity.owner?.name || '';
  return (
    <Tooltip label={`${activity.subject} · ${when}${who ? ` · ${who}` : ''}`} withinPortal multiline maw={320}>
      <Box
        data-testid="calendar-event"
        px={4}
        py={1}
        style={{
          background: `var(--mantine-color-${color}-1)`, borderLeft: `3px solid var(--mantine-color-${color}-6)`,
          borderRadius: 4, overflow: 'hidden', opacity: activity.done ? 0.55 : 1, ...style,
        }}
      >
        <Text size="xs" fw={500} truncate td={activity.done ? 'line-through' : undefined}>{activity.subject}</Text>
      </Box>
    </Tooltip>
  );
}

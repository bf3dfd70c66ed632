import { useState } from 'react';
import { Button, Center, Group, Loader, MultiSelect, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CalendarDocument } from '@panorama/schema';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useDepartments } from '../admin/useDepartments.ts';
import { calendarRange, shiftAnchor, type CalendarView } from './calendarRange.ts';
import { MonthGrid } from './MonthGrid.tsx';
import { TimeGrid } from './TimeGrid.tsx';
import { useUserOptions } from './useUserOptions.ts';

/** Day / week / month calendar of the viewer, chosen people, or a department. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(() => new Date());
  const [userIds, setUserIds] = useState<string[]>([]);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const users = useUserOptions();
  const departments = useDepartments();
  const { from, to, days } = calendarRange(view, anchor);
  const { data, loading, error, refetch } = useQuery(CalendarDocument, {
    variables: { from: from.toISOString(), to: to.toISOString(), userIds: departmentId ? null : userIds.length ? userIds : null, departmentId },
    fetchPolicy: 'cache-and-network',
  });
  const activities = data?.calendar ?? [];
  const title = new Intl.DateTimeFormat(i18n.language, view === 'month' ? { year: 'numeric', month: 'long' } : { dateStyle: 'medium' }).format(view === 'week' ? days[0] : anchor);

  return (
    <>
      <PageHeader title={t('activity.calendar.title')} description={t('activity.calendar.description')} />
      <Paper withBorder p="md">
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap">
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setAnchor(shiftAnchor(view, anchor, -1))} aria-label={t('activity.calendar.prev')}><IconChevronLeft size={16} /></Button>
              <Button variant="default" size="xs" onClick={() => setAnchor(new Date())}>{t('activity.calendar.today')}</Button>
              <Button variant="default" size="xs" onClick={() => setAnchor(shiftAnchor(view, anchor, 1))} aria-label={t('activity.calendar.next')}><IconChevronRight size={16} /></Button>
              <Text fw={600} ml="sm">{title}</Text>
              {loading && <Loader size="xs" />}
            </Group>
            <SegmentedControl size="xs" value={view} onChange={(v) => setView(v as CalendarView)}
              data={(['day', 'week', 'month'] as const).map((v) => ({ value: v, label: t(`activity.calendar.${v}`) }))} />
          </Group>
          <Group grow align="flex-end">
            <MultiSelect size="xs" label={t('activity.calendar.users')} placeholder={t('activity.calendar.me')} data={users.options} value={userIds}
              onChange={(v) => { setUserIds(v); setDepartmentId(null); }} searchable clearable />
            <Select size="xs" label={t('activity.calendar.department')} data={departments.options} value={departmentId}
              onChange={(v) => { setDepartmentId(v); setUserIds([]); }} searchable clearable />
          </Group>
          {error && <QueryError error={error} onRetry={() => void refetch()} />}
          {!data && loading && <Center h={240}><Loader /></Center>}
          {data && !activities.length && <Text c="dimmed" size="sm" ta="center">{t('activity.calendar.empty')}</Text>}
          {data && (view === 'month'
            ? <MonthGrid days={days} month={anchor.getMonth()} activities={activities} />
            : <TimeGrid days={days} activities={activities} />)}
        </Stack>
      </Paper>
    </>
  );
}

import { Badge, Button, Center, Checkbox, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActivitiesDocument, CompleteActivityDocument } from '@panorama/schema';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { useViewer } from '../auth/useViewer.ts';
import { KIND_COLORS } from './activityModel.ts';
import { LogActivityModal, type ActivityLink } from './LogActivityModal.tsx';

/** The activities logged against a customer or a deal, newest first, with "log activity". */
export function ActivitySection({ link, deleted = false }: { link: ActivityLink; deleted?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can, user } = useViewer();
  const [opened, { open, close }] = useDisclosure();
  const { data, loading, error, refetch } = useQuery(ActivitiesDocument, { variables: { first: 50, filter: link }, fetchPolicy: 'cache-and-network' });
  const [complete] = useMutation(CompleteActivityDocument);
  const connection = data?.activities;
  const items = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Paper withBorder p="lg" data-testid="activity-section">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={3} fz="md">{t('activity.section.title')}</Title>
          {connection && <Badge variant="light" color="gray">{connection.totalCount}</Badge>}
        </Group>
        {!deleted && can('activity:create') && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={open}>{t('activity.section.log')}</Button>
        )}
      </Group>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Center h={80}><Loader size="sm" /></Center>}
      {data && !items.length && <Text c="dimmed" size="sm">{t('activity.section.empty')}</Text>}
      <Stack gap="xs">
        {items.map((a) => (
          <Group key={a.id} justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Badge color={KIND_COLORS[a.kind]} variant="light" w={72}>{t(`activity.kind.${a.kind}`)}</Badge>
              <div>
                <Text size="sm" fw={500} td={a.done ? 'line-through' : undefined}>{a.subject}</Text>
                <Text size="xs" c="dimmed">
                  {a.kind === 'TASK' ? `${t('activity.fields.dueAt')} ${format.dateTime(a.dueAt)}` : `${format.dateTime(a.startAt)}${a.endAt ? ` – ${format.dateTime(a.endAt)}` : ''}`}
                  {' · '}{a.attendees.length > 1 ? a.attendees.map((u) => u.name).join(', ') : a.owner?.name}
                </Text>
              </div>
            </Group>
            {a.kind === 'TASK' && (
              <Checkbox size="xs" label={t('activity.section.complete')} checked={a.done}
                disabled={a.done || a.ownerId !== user?.id || !can('activity:update')}
                onChange={() => void complete({ variables: { id: a.id } })} />
            )}
          </Group>
        ))}
      </Stack>
      <LogActivityModal opened={opened} onClose={close} link={link} onSaved={() => void refetch()} />
    </Paper>
  );
}

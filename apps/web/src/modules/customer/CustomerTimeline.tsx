import { Button, Center, Divider, Loader, Paper, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import {
  IconArrowBackUp, IconEdit, IconHandGrab, IconLogout2, IconNote, IconPlus, IconPoint, IconShare, IconShareOff, IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CustomerTimelineDocument } from '@panorama/schema';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { NoteComposer } from './NoteComposer.tsx';
import { TimelineEntryItem } from './TimelineEntryItem.tsx';

const PAGE = 20;

const ICONS: Record<string, { icon: typeof IconNote; color: string }> = {
  NOTE: { icon: IconNote, color: 'indigo' },
  CREATED: { icon: IconPlus, color: 'teal' },
  UPDATED: { icon: IconEdit, color: 'blue' },
  DELETED: { icon: IconTrash, color: 'red' },
  RESTORED: { icon: IconArrowBackUp, color: 'teal' },
  CLAIMED: { icon: IconHandGrab, color: 'grape' },
  RELEASED: { icon: IconLogout2, color: 'yellow' },
  SHARED: { icon: IconShare, color: 'cyan' },
  SHARE_CHANGED: { icon: IconShare, color: 'blue' },
  UNSHARED: { icon: IconShareOff, color: 'gray' },
};

/** Notes and changes, newest first, with "load more". */
export function CustomerTimeline({ customerId, deleted }: { customerId: string; deleted: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(CustomerTimelineDocument, {
    variables: { id: customerId, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.customer.timeline;
  const entries = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Paper withBorder p="lg">
      <Title order={3} fz="md" mb="md">
        {t('customer.timeline.title')}
      </Title>
      {!deleted && <NoteComposer customerId={customerId} onAdded={() => void refetch()} />}
      <Divider my="md" />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && (
        <Center h={80}>
          <Loader size="sm" />
        </Center>
      )}
      {data && entries.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md">
          {t('customer.timeline.empty')}
        </Text>
      )}
      <Timeline bulletSize={26} lineWidth={2} data-testid="customer-timeline">
        {entries.map((entry) => {
          const { icon: Icon, color } = ICONS[entry.kind] ?? { icon: IconPoint, color: 'gray' };
          return (
            <Timeline.Item
              key={entry.id}
              bullet={
                <ThemeIcon size={26} radius="xl" color={color} variant="light">
                  <Icon size={14} />
                </ThemeIcon>
              }
            >
              <TimelineEntryItem entry={entry} />
            </Timeline.Item>
          );
        })}
      </Timeline>
      {connection?.pageInfo.hasNextPage && (
        <Center mt="md">
          <Button
            variant="subtle"
            size="xs"
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Paper>
  );
}

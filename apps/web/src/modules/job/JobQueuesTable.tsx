import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobQueuesQuery } from '@panorama/schema';
import { useTaskLabel } from './useTaskLabel.ts';

type Queue = JobQueuesQuery['jobQueues'][number];
const COUNTS = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
const STATUS_OF = { queued: 'QUEUED', running: 'RUNNING', succeeded: 'SUCCEEDED', failed: 'FAILED', cancelled: 'CANCELLED' } as const;

/** Each task with how many of its jobs are in each state; failures stand out. */
export function JobQueuesTable({ queues }: { queues: readonly Queue[] }) {
  const { t } = useTranslation();
  const taskLabel = useTaskLabel();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="job-queues">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('job.fields.task')}</Table.Th>
            {COUNTS.map((c) => <Table.Th key={c} ta="right">{t(`job.status.${STATUS_OF[c]}`)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {queues.map((q) => (
            <Table.Tr key={q.task} data-task={q.task}>
              <Table.Td>
                <Text size="sm" fw={500}>{taskLabel(q.task)}</Text>
                <Code>{q.task}</Code>
              </Table.Td>
              {COUNTS.map((c) => (
                <Table.Td key={c} ta="right" data-count={c}>
                  <Text size="sm" c={c === 'failed' && q.failed > 0 ? 'red' : q[c] === 0 ? 'dimmed' : undefined} fw={c === 'failed' && q.failed > 0 ? 600 : undefined}>{q[c]}</Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

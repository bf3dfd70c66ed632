import { Button, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { JobStatusBadge } from './JobStatusBadge.tsx';
import { useTaskLabel } from './useTaskLabel.ts';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface JobTableProps {
  jobs: readonly JobItemFragment[];
  busyId: string | null;
  onRetry: (job: JobItemFragment) => void;
  onCancel: (job: JobItemFragment) => void;
}

/** Jobs with their state, attempts and last error; Retry on failed ones, Cancel on queued ones. */
export function JobTable({ jobs, busyId, onRetry, onCancel }: JobTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const taskLabel = useTaskLabel();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" data-testid="jobs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={180}>{t('job.fields.task')}</Table.Th>
            <Table.Th>{t('job.fields.status')}</Table.Th>
            <Table.Th>{t('job.fields.attempts')}</Table.Th>
            <Table.Th miw={240}>{t('job.fields.lastError')}</Table.Th>
            <Table.Th>{t('job.fields.runAt')}</Table.Th>
            <Table.Th>{t('job.fields.finishedAt')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id} data-job-id={job.id}>
              <Table.Td>
                <Text size="sm" fw={500}>{taskLabel(job.task)}</Text>
                <Code>{job.task}</Code>
              </Table.Td>
              <Table.Td><JobStatusBadge status={job.status} /></Table.Td>
              <Table.Td><Text size="sm" style={NOWRAP}>{t('job.attemptsOf', { attempts: job.attempts, max: job.maxAttempts })}</Text></Table.Td>
              <Table.Td>
                <Text size="sm" c={job.lastError ? 'red' : 'dimmed'} style={{ wordBreak: 'break-word' }}>{job.lastError ?? t('job.noError')}</Text>
              </Table.Td>
              <Table.Td><Text size="sm" style={NOWRAP} title={format.dateTime(job.runAt)}>{format.dateTime(job.runAt)}</Text></Table.Td>
              <Table.Td><Text size="sm" style={NOWRAP} c={job.finishedAt ? undefined : 'dimmed'}>{job.finishedAt ? format.dateTime(job.finishedAt) : t('job.noError')}</Text></Table.Td>
              <Table.Td ta="right">
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {job.status === 'FAILED' && (
                    <Button size="xs" variant="light" loading={busyId === job.id} aria-label={t('job.retry.label', { task: taskLabel(job.task) })} onClick={() => onRetry(job)}>
                      {t('job.retry.button')}
                    </Button>
                  )}
                  {job.status === 'QUEUED' && (
                    <Button size="xs" variant="subtle" color="red" aria-label={t('job.cancel.label', { task: taskLabel(job.task) })} onClick={() => onCancel(job)}>
                      {t('job.cancel.button')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

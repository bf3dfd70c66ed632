import { useState } from 'react';
import { Group, Paper, Select, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { JobQueuesDocument, JobsDocument, type JobStatus } from '@panorama/schema';
import { ConnectionPager } from '../../lib/components/ConnectionPager.tsx';
import { ListState } from '../../lib/components/ListState.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { JobQueuesTable } from './JobQueuesTable.tsx';
import { JobTable } from './JobTable.tsx';
import { useJobActions } from './useJobActions.tsx';
import { useTaskLabel } from './useTaskLabel.ts';

const PAGE_SIZE = 25;
const STATUSES: JobStatus[] = ['FAILED', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'CANCELLED'];

/** Background jobs (admins): each queue's counts, then the jobs of a state (failed first) with Retry and Cancel. */
export function JobsPage() {
  const { t } = useTranslation();
  const taskLabel = useTaskLabel();
  const [status, setStatus] = useState<JobStatus | null>('FAILED');
  const [task, setTask] = useState<string | null>(null);
  const actions = useJobActions();
  const queues = useQuery(JobQueuesDocument, { fetchPolicy: 'cache-and-network' });
  const filter = { status: status ?? undefined, task: task ?? undefined };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(JobsDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const queueList = queues.data?.jobQueues;
  const connection = (data ?? previousData)?.jobs;
  const jobs = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageHeader title={t('job.title')} description={t('job.description')} />
      <Paper withBorder p="md" mb="md">
        <Title order={2} size="h4" mb="sm">{t('job.queues.title')}</Title>
        <ListState error={!queueList && queues.error} loading={!queueList} empty={queueList?.length === 0} emptyText={t('job.queues.empty')} onRetry={() => void queues.refetch()}>
          <JobQueuesTable queues={queueList ?? []} />
        </ListState>
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-end" mb="sm">
          <Title order={2} size="h4">{t('job.list.title')}</Title>
          <Group gap="sm">
            <Select
              aria-label={t('job.fields.status')}
              placeholder={t('job.allStatuses')}
              data={STATUSES.map((s) => ({ value: s, label: t(`job.status.${s}`) }))}
              value={status}
              onChange={(v) => setStatus(v as JobStatus | null)}
              clearable
              w={160}
            />
            <Select
              aria-label={t('job.fields.task')}
              placeholder={t('job.allTasks')}
              data={(queueList ?? []).map((q) => ({ value: q.task, label: taskLabel(q.task) }))}
              value={task}
              onChange={setTask}
              clearable
              searchable
              w={240}
            />
          </Group>
        </Group>
        <ListState
          error={!connection && error}
          loading={!connection}
          empty={jobs.length === 0}
          emptyText={status === 'FAILED' && !task ? t('job.list.emptyFailed') : t('job.list.empty')}
          onRetry={() => void refetch()}
          rows={3}
        >
          <JobTable jobs={jobs} busyId={actions.retrying} onRetry={actions.retry} onCancel={actions.askCancel} />
        </ListState>
        <ConnectionPager connection={connection} pages={pages} loading={loading} />
      </Paper>
      {actions.dialog}
    </>
  );
}

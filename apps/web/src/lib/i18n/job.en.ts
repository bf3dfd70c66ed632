import type { jobZhCN } from './job.zh-CN.ts';

/** Texts of the background jobs page, in English (joined into en.ts as `job`). */
export const jobEn: typeof jobZhCN = {
  nav: 'Background jobs',
  title: 'Background jobs',
  description: 'The queues of scheduled and background work: returning idle customers to the pool, contract renewal reminders and more. Retry failed jobs, cancel queued ones.',
  queues: {
    title: 'Queues',
    empty: 'No background jobs yet',
  },
  list: {
    title: 'Jobs',
    empty: 'No jobs match the filter',
    emptyFailed: 'No failed jobs',
  },
  fields: {
    task: 'Task', status: 'Status', attempts: 'Attempts', lastError: 'Last error', runAt: 'Scheduled for', createdAt: 'Created', finishedAt: 'Finished',
  },
  status: { QUEUED: 'Queued', RUNNING: 'Running', SUCCEEDED: 'Succeeded', FAILED: 'Failed', CANCELLED: 'Cancelled' },
  allStatuses: 'All statuses',
  allTasks: 'All tasks',
  attemptsOf: '{{attempts}} of {{max}}',
  noError: '—',
  tasks: {
    pool: { sweep: 'Return idle customers to the pool' },
    contract: { sweep: 'Contract renewal reminders' },
    jobs: { prune: 'Delete finished jobs' },
  },
  retry: { button: 'Retry', label: 'Retry the job “{{task}}”', done: 'The job is queued again' },
  cancel: {
    button: 'Cancel job',
    label: 'Cancel the job “{{task}}”',
    title: 'Cancel job',
    body: 'The job “{{task}}” will not run. This cannot be undone.',
    done: 'The job is cancelled',
  },
};

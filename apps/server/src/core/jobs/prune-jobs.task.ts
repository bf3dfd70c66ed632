import type { Db } from '../db/database.ts';
import { JobQueueRepository } from './job-queue.repository.ts';
import type { TaskDefinition } from './job.types.ts';

/** Deletes succeeded and cancelled jobs older than `keepDays`, every hour (failed ones stay until an admin retries them). */
export function pruneJobsTask(db: Db, keepDays: number): TaskDefinition {
  return {
    name: 'jobs.prune',
    schedule: { cron: '17 * * * *' },
    handler: (_payload, { now }) => new JobQueueRepository(db).prune(new Date(now.getTime() - keepDays * 86_400_000)),
  };
}

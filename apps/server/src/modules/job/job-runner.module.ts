import type { Config } from '../../config.ts';
import type { Db } from '../../core/db/database.ts';
import { JobRunner } from '../../core/jobs/job-runner.ts';
import { pruneJobsTask } from '../../core/jobs/prune-jobs.task.ts';
import type { Services } from '../../services.ts';
import { contractSweepTask } from '../contract/contract-sweep.job.ts';
import { poolSweepTask } from '../pool/pool-sweep.job.ts';
import { webhookTasks } from '../webhook/webhook.module.ts';

type RunnerConfig = Pick<Config, 'jobPollMs' | 'jobConcurrency' | 'jobLeaseSeconds' | 'jobRetentionDays' | 'poolSweepMinutes' | 'contractSweepMinutes' | 'webhookPollMs'>;

/** The process's job runner with every task of the app registered (a module's tasks join here). */
export function createJobRunner(db: Db, services: Services, config: RunnerConfig): JobRunner {
  const webhooks = webhookTasks(db, services, config.webhookPollMs);
  return new JobRunner(db, {
    pollMs: config.jobPollMs,
    concurrency: config.jobConcurrency,
    leaseMs: config.jobLeaseSeconds * 1000,
    backoff: { baseMs: 10_000, maxMs: 6 * 3_600_000 },
  })
    .register(pruneJobsTask(db, config.jobRetentionDays))
    .register(poolSweepTask(services.pool, config.poolSweepMinutes))
    .register(contractSweepTask(services.contractReminder, config.contractSweepMinutes))
    .register(webhooks.delivery)
    .register(webhooks.upkeep);
}

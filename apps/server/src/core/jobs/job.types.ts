import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../db/database.ts';

/** A client that can enqueue: the database, or a caller's transaction (the job commits with the change). */
export type JobClient = Db | Prisma.TransactionClient;

/** What a handler gets beside its payload. */
export interface JobContext {
  jobId: string;
  /** 1 for the first run, 2 for the first retry, … */
  attempt: number;
  maxAttempts: number;
  /** Aborted when the runner stops: finish the current step, then return (the rest runs again on retry or the next occurrence). */
  signal: AbortSignal;
  /** The runner's clock at the claim. */
  now: Date;
}

export type JobHandler<P = unknown> = (payload: P, context: JobContext) => Promise<unknown>;

/** Every N minutes, or a small cron subset (five UTC fields: minute hour day-of-month month day-of-week). */
export type Schedule = { everyMinutes: number } | { cron: string };

export interface TaskDefinition<P = unknown> {
  /** Unique task name, `module.action` (pool.sweep). */
  name: string;
  handler: JobHandler<P>;
  /** Runs before a job of this task is failed for good (the schedule's occurrences; enqueue takes its own). */
  maxAttempts?: number;
  /** Makes the task recurring: one pending occurrence at a time, across every server process. */
  schedule?: Schedule;
}

/** A claimed job, as the runner sees it. */
export interface ClaimedJob {
  id: string;
  task: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  key: string | null;
}

export interface EnqueueOptions {
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** De-duplication: while a job with this key is pending or running, enqueueing another returns that one. */
  key?: string;
  /** Runs before the job is failed for good (default 5). */
  maxAttempts?: number;
}

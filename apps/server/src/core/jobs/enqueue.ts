import { EventEmitter } from 'node:events';
import { JobQueueRepository } from './job-queue.repository.ts';
import type { EnqueueOptions, JobClient } from './job.types.ts';

/** Local wake-ups: a runner in this process polls early after an enqueue instead of waiting for its interval. */
export const jobWakeups = new EventEmitter();
jobWakeups.setMaxListeners(0);

/**
 * Schedules `task` with `payload`. Given a transaction, the job commits (or rolls back) with the
 * caller's change. With `key`, a job already pending under that key is returned instead of a new
 * one. Returns the job's id (null when the keyed job finished while we looked).
 */
export async function enqueue(client: JobClient, task: string, payload: unknown = {}, options: EnqueueOptions = {}): Promise<string | null> {
  if (!task.trim()) throw new Error('enqueue needs a task name');
  if (options.maxAttempts !== undefined && !(Number.isInteger(options.maxAttempts) && options.maxAttempts >= 1)) {
    throw new Error(`maxAttempts must be a whole number of at least 1, got ${options.maxAttempts}`);
  }
  const result = await new JobQueueRepository(client).insert(task, payload, options);
  jobWakeups.emit('enqueued');
  return result?.id ?? null;
}

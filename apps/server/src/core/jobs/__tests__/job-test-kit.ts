import type { Db } from '../../db/database.ts';
import { JobRunner, type JobRunnerOptions } from '../job-runner.ts';

/** A controllable clock: tests move time instead of waiting for it. */
export function testClock(start = new Date('2030-01-01T00:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (d: Date) => void (now = d.getTime()),
    advance: (ms: number) => void (now += ms),
  };
}

export const quietLog = { info: () => {}, error: () => {} };

/** A runner with test defaults: back-off 1 min doubling, jitter fixed at the middle. */
export function testRunner(db: Db, o: Partial<JobRunnerOptions> = {}): JobRunner {
  return new JobRunner(db, { pollMs: 50, concurrency: 4, leaseMs: 60_000, backoff: { baseMs: 60_000, maxMs: 3_600_000 }, random: () => 0.5, log: quietLog, ...o });
}

export interface JobRowView {
  id: string;
  task: string;
  status: string;
  attempts: number;
  lastError: string | null;
  runAt: Date;
  key: string | null;
  finishedAt: Date | null;
}

export const jobRows = (db: Db, task?: string): Promise<JobRowView[]> =>
  db.job.findMany({ where: task ? { task } : {}, orderBy: { createdAt: 'asc' } }) as Promise<JobRowView[]>;

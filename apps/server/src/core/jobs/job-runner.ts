import { hostname } from 'node:os';
import type { Db } from '../db/database.ts';
import { newId } from '../ids.ts';
import { backoffMs, type BackoffOptions } from './job-backoff.ts';
import { enqueue, jobWakeups } from './enqueue.ts';
import { JobQueueRepository } from './job-queue.repository.ts';
import { nextOccurrence } from './job-schedule.ts';
import type { ClaimedJob, TaskDefinition } from './job.types.ts';

export interface JobRunnerOptions {
  /** How often the queue is polled when idle. */
  pollMs: number;
  /** Jobs run at once by this process. */
  concurrency: number;
  /** How long a claim holds a job; renewed while it runs; a dead worker's jobs are claimed again after it. */
  leaseMs: number;
  backoff: BackoffOptions;
  /** Names this worker in lockedBy (default host:pid:random). */
  workerId?: string;
  /** Injectable for tests: the time the runner compares runAt and leases with. */
  clock?: () => Date;
  random?: () => number;
  log?: { info(message: string): void; error(message: string, error?: unknown): void };
}

/** The key that keeps one pending occurrence per recurring task, across every process. */
export const scheduleKey = (task: string) => `schedule:${task}`;

/** How often schedules are re-ensured (an admin may have cancelled an occurrence). */
const ENSURE_EVERY_MS = 60_000;

/**
 * Runs the jobs of the tasks registered with it: polls the Job table (waking early after a
 * local enqueue), claims due jobs with FOR UPDATE SKIP LOCKED, runs up to `concurrency` at
 * once, retries failures with back-off and jitter until maxAttempts, then marks them failed.
 * Recurring tasks keep exactly one pending occurrence (by key), enqueued in the transaction
 * that finishes the previous one.
 */
export class JobRunner {
  readonly workerId: string;
  private readonly tasks = new Map<string, TaskDefinition<never>>();
  private readonly store: JobQueueRepository;
  private readonly running = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private tickAgain = false;
  private started = false;
  private lastEnsure = 0;
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly log: NonNullable<JobRunnerOptions['log']>;
  private readonly onWake = () => this.schedule(20);

  constructor(
    private readonly db: Db,
    private readonly options: JobRunnerOptions,
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${newId().slice(0, 8)}`;
    this.store = new JobQueueRepository(db);
    this.clock = options.clock ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.log = options.log ?? { info: (m) => console.log(m), error: (m, e) => console.error(m, e ?? '') };
  }

  register<P>(task: TaskDefinition<P>): this {
    if (this.tasks.has(task.name)) throw new Error(`task ${task.name} is registered twice`);
    if (task.schedule) nextOccurrence(task.schedule, new Date()); // a bad schedule fails at start-up, not at its first run
    this.tasks.set(task.name, task as TaskDefinition<never>);
    return this;
  }

  /** Ensures each recurring task has its pending occurrence, then polls until stop(). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.ensureSchedules();
    jobWakeups.on('enqueued', this.onWake);
    this.schedule(0);
  }

  /**
   * Stops claiming, tells running handlers to stop (their signal) and waits for them up to
   * `deadlineMs`. A job still running after that keeps its lease: another process claims it
   * again once the lease expires. Returns how many jobs were still running at the deadline.
   */
  async stop(deadlineMs = 10_000): Promise<{ abandoned: number }> {
    this.started = false;
    jobWakeups.off('enqueued', this.onWake);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
    let timeout: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => (timeout = setTimeout(() => resolve('deadline'), deadlineMs)));
    const settled = Promise.allSettled([...this.running.values()]).then(() => 'done' as const);
    const outcome = await Promise.race([settled, deadline]);
    clearTimeout(timeout);
    return { abandoned: outcome === 'done' ? 0 : this.running.size };
  }

  /** Enqueues the first occurrence of every recurring task that has none pending. */
  async ensureSchedules(): Promise<void> {
    this.lastEnsure = Date.now();
    for (const task of this.tasks.values()) {
      if (!task.schedule) continue;
      await enqueue(this.db, task.name, {}, { key: scheduleKey(task.name), maxAttempts: task.maxAttempts ?? 3, runAt: this.clock() });
    }
  }

  /**
   * Claims what is due now (as many as there are free slots), runs it and waits for those runs.
   * The poll loop uses the same steps; tests call it directly with an injected clock.
   */
  async runDue(): Promise<number> {
    const jobs = await this.claim();
    await Promise.allSettled(jobs.map((job) => this.running.get(job.id)));
    return jobs.length;
  }

  /** runDue until nothing more is due. */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.runDue(); n > 0; n = await this.runDue()) total += n;
    return total;
  }

  private async claim(): Promise<ClaimedJob[]> {
    const free = this.options.concurrency - this.running.size;
    if (free <= 0 || this.abort.signal.aborted) return [];
    const now = this.clock();
    const jobs = await this.store.claim(this.workerId, free, now, new Date(now.getTime() + this.options.leaseMs));
    for (const job of jobs) {
      const run = this.execute(job, now).finally(() => {
        this.running.delete(job.id);
        if (this.started) this.schedule(0); // a slot is free: there may be more due
      });
      this.running.set(job.id, run);
    }
    return jobs;
  }

  private schedule(delayMs: number): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.ticking) {
      this.tickAgain = true;
      return;
    }
    this.ticking = true;
    let delay = this.options.pollMs;
    try {
      if (Date.now() - this.lastEnsure >= ENSURE_EVERY_MS) await this.ensureSchedules();
      await this.claim();
    } catch (error) {
      this.log.error('Jobs: polling the queue failed', error);
      delay = Math.max(delay, 5_000);
    } finally {
      this.ticking = false;
    }
    if (this.tickAgain) {
      this.tickAgain = false;
      delay = 0;
    }
    this.schedule(delay);
  }

  private async execute(job: ClaimedJob, claimedAt: Date): Promise<void> {
    const task = this.tasks.get(job.task);
    try {
      if (!task) return await this.fail(job, `Unknown task "${job.task}": no handler is registered for it`, true);
      if (job.attempts > job.maxAttempts) {
        return await this.fail(job, `Gave up after ${job.maxAttempts} attempts: the last worker stopped while running it (lease expired)`, true);
      }
      const heartbeat = setInterval(() => {
        const now = this.clock();
        this.store.heartbeat(job.id, this.workerId, new Date(now.getTime() + this.options.leaseMs)).catch((e: unknown) => this.log.error(`Jobs: lease of ${job.id} not renewed`, e));
      }, Math.max(1_000, this.options.leaseMs / 3));
      heartbeat.unref();
      try {
        await task.handler(job.payload as never, { jobId: job.id, attempt: job.attempts, maxAttempts: job.maxAttempts, signal: this.abort.signal, now: claimedAt });
      } finally {
        clearInterval(heartbeat);
      }
      await this.store.finish(job.id, this.workerId, { status: 'SUCCEEDED', now: this.clock() }, this.nextOf(task, job));
    } catch (error) {
      const message = error instanceof Error ? error.message || error.name : String(error);
      await this.fail(job, message, job.attempts >= job.maxAttempts).catch((e: unknown) => this.log.error(`Jobs: could not record the failure of ${job.id}`, e));
    }
  }

  private async fail(job: ClaimedJob, error: string, final: boolean): Promise<void> {
    const now = this.clock();
    if (final) {
      this.log.error(`Jobs: ${job.task} ${job.id} failed after ${job.attempts} attempt(s): ${error}`);
      const task = this.tasks.get(job.task);
      await this.store.finish(job.id, this.workerId, { status: 'FAILED', error, now }, task ? this.nextOf(task, job) : undefined);
      return;
    }
    const runAt = new Date(now.getTime() + backoffMs(job.attempts, this.options.backoff, this.random));
    await this.store.retryLater(job.id, this.workerId, error, runAt);
  }

  /** A recurring task's next occurrence, when this job is its current one. */
  private nextOf(task: TaskDefinition<never>, job: ClaimedJob) {
    if (!task.schedule || job.key !== scheduleKey(task.name)) return undefined;
    return { task: task.name, options: { key: scheduleKey(task.name), maxAttempts: task.maxAttempts ?? 3, runAt: nextOccurrence(task.schedule, this.clock()) } };
  }
}

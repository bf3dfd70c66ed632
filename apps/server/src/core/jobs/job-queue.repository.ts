import { Prisma } from '../../generated/prisma/client.ts';
import { systemClient } from '../access/scoped-client.ts';
import type { Db } from '../db/database.ts';
import { newId } from '../ids.ts';
import type { ClaimedJob, EnqueueOptions, JobClient } from './job.types.ts';

const REASON = 'the job runner works on every job, whoever enqueued it';
const iso = (d: Date) => d.toISOString();

/** The runner's SQL on the Job table (system writes: jobs belong to no principal). */
export class JobQueueRepository {
  constructor(private readonly db: JobClient) {}

  /** Inserts a job, or answers the pending one holding `key`; null when that one finished meanwhile. */
  async insert(task: string, payload: unknown, o: EnqueueOptions = {}): Promise<{ id: string; created: boolean } | null> {
    const system = systemClient(this.db, REASON);
    const runAt = o.runAt ? Prisma.sql`${iso(o.runAt)}::timestamptz` : Prisma.sql`CURRENT_TIMESTAMP`;
    const inserted = await system.$queryRaw<{ id: string }[]>`
      INSERT INTO "Job" (id, task, payload, "runAt", "maxAttempts", key)
      VALUES (${newId()}, ${task}, ${JSON.stringify(payload ?? {})}::jsonb, ${runAt}, ${o.maxAttempts ?? 5}, ${o.key ?? null})
      ON CONFLICT (key) DO NOTHING
      RETURNING id`;
    if (inserted[0]) return { id: inserted[0].id, created: true };
    const existing = await system.$queryRaw<{ id: string }[]>`SELECT id FROM "Job" WHERE key = ${o.key ?? null}`;
    return existing[0] ? { id: existing[0].id, created: false } : null;
  }

  /**
   * Claims up to `limit` due jobs for `worker`: queued ones whose time has come, and running
   * ones whose worker's lease expired (it died). SKIP LOCKED: concurrent claims never take the same row.
   */
  async claim(worker: string, limit: number, now: Date, leaseUntil: Date): Promise<ClaimedJob[]> {
    const rows = await systemClient(this.db, REASON).$queryRaw<ClaimedJob[]>`
      UPDATE "Job" j SET status = 'RUNNING', attempts = j.attempts + 1, "lockedBy" = ${worker}, "lockedUntil" = ${iso(leaseUntil)}::timestamptz
      WHERE j.id IN (
        SELECT c.id FROM "Job" c
        WHERE (c.status = 'QUEUED' AND c."runAt" <= ${iso(now)}::timestamptz)
           OR (c.status = 'RUNNING' AND c."lockedUntil" < ${iso(now)}::timestamptz)
        ORDER BY c."runAt", c.id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING j.id, j.task, j.payload, j.attempts, j."maxAttempts", j.key`;
    return rows.map((r) => ({ ...r, attempts: Number(r.attempts), maxAttempts: Number(r.maxAttempts) }));
  }

  /** Extends the lease of a job this worker still holds. */
  async heartbeat(id: string, worker: string, leaseUntil: Date): Promise<boolean> {
    const n = await systemClient(this.db, REASON).$executeRaw`
      UPDATE "Job" SET "lockedUntil" = ${iso(leaseUntil)}::timestamptz WHERE id = ${id} AND "lockedBy" = ${worker} AND status = 'RUNNING'`;
    return n > 0;
  }

  /**
   * Ends a run this worker still holds: succeeded, or failed for good (the key is released),
   * and in the same transaction enqueues `next` (a schedule's next occurrence).
   */
  async finish(
    id: string,
    worker: string,
    outcome: { status: 'SUCCEEDED' | 'FAILED'; error?: string; now: Date },
    next?: { task: string; options: EnqueueOptions },
  ): Promise<boolean> {
    const end = (client: JobClient) => systemClient(client, REASON).$executeRaw`
      UPDATE "Job" SET status = ${outcome.status}::"JobStatus", "lastError" = ${outcome.error ?? null}, "finishedAt" = ${iso(outcome.now)}::timestamptz,
        key = NULL, "lockedBy" = NULL, "lockedUntil" = NULL
      WHERE id = ${id} AND "lockedBy" = ${worker} AND status = 'RUNNING'`;
    if (!next) return (await end(this.db)) > 0;
    return (systemClient(this.db, REASON) as Db).$transaction(async (systemTx) => {
      const ended = (await end(systemTx)) > 0;
      if (ended) await new JobQueueRepository(systemTx).insert(next.task, {}, next.options);
      return ended;
    });
  }

  /** Puts a failed run back in the queue for `runAt` (back-off), keeping its key. */
  async retryLater(id: string, worker: string, error: string, runAt: Date): Promise<boolean> {
    const n = await systemClient(this.db, REASON).$executeRaw`
      UPDATE "Job" SET status = 'QUEUED', "lastError" = ${error}, "runAt" = ${iso(runAt)}::timestamptz, "lockedBy" = NULL, "lockedUntil" = NULL
      WHERE id = ${id} AND "lockedBy" = ${worker} AND status = 'RUNNING'`;
    return n > 0;
  }

  /** Deletes succeeded and cancelled jobs that finished before `before` (failed ones stay for the admins). */
  async prune(before: Date): Promise<number> {
    return systemClient(this.db, REASON).$executeRaw`
      DELETE FROM "Job" WHERE status IN ('SUCCEEDED', 'CANCELLED') AND "finishedAt" < ${iso(before)}::timestamptz`;
  }
}

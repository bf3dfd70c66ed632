import { Prisma } from '../../generated/prisma/client.ts';
import type { Job as JobRow } from '../../generated/prisma/client.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient } from '../../core/access/scoped-client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Db } from '../../core/db/database.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import type { JobFilter } from './job.inputs.ts';
import type { Job, JobQueue, JobStatus } from './job.type.ts';

const toJob = (row: JobRow): Job => ({ ...row, payload: JSON.stringify(row.payload) });

/** The admin side of the Job table (the runner's SQL is core/jobs/job-queue.repository.ts). */
export class JobRepository {
  constructor(private readonly db: Db) {}

  /** Newest first, keyset-paginated on (createdAt, id). */
  async list(scope: Scope, q: { filter?: JobFilter | null; after: Cursor | null; take: number }): Promise<{ rows: Job[]; totalCount: number }> {
    const client = scopedClient(this.db, scope);
    const where: Prisma.JobWhereInput = { ...(q.filter?.status ? { status: q.filter.status } : {}), ...(q.filter?.task ? { task: q.filter.task } : {}) };
    const [rows, totalCount] = await Promise.all([
      client.job.findMany({ where: { AND: [where, keysetWhere('createdAt', 'desc', q.after, true)] }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: q.take }),
      client.job.count({ where }),
    ]);
    return { rows: rows.map(toJob), totalCount };
  }

  /** Per task, how many jobs are in each state: one grouped scan. */
  async queues(scope: Scope): Promise<JobQueue[]> {
    const visible = visibleSql('Job', scope, 'j');
    return this.db.$queryRaw<JobQueue[]>`
      SELECT j.task,
        count(*) FILTER (WHERE j.status = 'QUEUED')::int AS queued,
        count(*) FILTER (WHERE j.status = 'RUNNING')::int AS running,
        count(*) FILTER (WHERE j.status = 'SUCCEEDED')::int AS succeeded,
        count(*) FILTER (WHERE j.status = 'FAILED')::int AS failed,
        count(*) FILTER (WHERE j.status = 'CANCELLED')::int AS cancelled
      FROM "Job" j WHERE ${visible}
      GROUP BY j.task ORDER BY j.task`;
  }

  async status(scope: Scope, id: string): Promise<JobStatus | null> {
    const row = await scopedClient(this.db, scope).job.findUnique({ where: { id }, select: { status: true } });
    return row?.status ?? null;
  }

  /** Puts a failed job back in the queue with fresh attempts; null when it is not (or no longer) failed. */
  async retry(scope: Scope, id: string, now: Date): Promise<Job | null> {
    const rows = await scopedClient(this.db, scope).job.updateManyAndReturn({
      where: { id, status: 'FAILED' },
      data: { status: 'QUEUED', attempts: 0, runAt: now, finishedAt: null, lockedBy: null, lockedUntil: null },
    });
    return rows[0] ? toJob(rows[0]) : null;
  }

  /** Cancels a queued job (its key is released); null when it is not (or no longer) queued. */
  async cancel(scope: Scope, id: string, now: Date): Promise<Job | null> {
    const rows = await scopedClient(this.db, scope).job.updateManyAndReturn({
      where: { id, status: 'QUEUED' },
      data: { status: 'CANCELLED', finishedAt: now, key: null },
    });
    return rows[0] ? toJob(rows[0]) : null;
  }
}

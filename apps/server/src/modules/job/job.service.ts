import type { Scope } from '../../core/auth/scope.ts';
import { jobWakeups } from '../../core/jobs/enqueue.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { jobNotFound, jobWrongStatus } from './job.errors.ts';
import type { JobsArgs } from './job.inputs.ts';
import type { JobRepository } from './job.repository.ts';
import type { Job, JobQueue } from './job.type.ts';

/** Admins watch the background jobs, retry failed ones and cancel queued ones. */
export class JobService {
  constructor(private readonly repo: JobRepository) {}

  async list(scope: Scope, args: JobsArgs): Promise<Connection<Job>> {
    const first = checkPageSize(args.first);
    const { rows, totalCount } = await this.repo.list(scope, { filter: args.filter, after: decodeCursor(args.after), take: first + 1 });
    return toConnection(rows, first, (j) => j.createdAt.toISOString(), totalCount);
  }

  queues(scope: Scope): Promise<JobQueue[]> {
    return this.repo.queues(scope);
  }

  async retry(scope: Scope, id: string): Promise<Job> {
    const job = await this.repo.retry(scope, id, new Date());
    if (!job) throw await this.whyNot(scope, id, 'retry');
    jobWakeups.emit('enqueued');
    return job;
  }

  async cancel(scope: Scope, id: string): Promise<Job> {
    const job = await this.repo.cancel(scope, id, new Date());
    if (!job) throw await this.whyNot(scope, id, 'cancel');
    return job;
  }

  private async whyNot(scope: Scope, id: string, action: 'retry' | 'cancel') {
    const status = await this.repo.status(scope, id);
    return status ? jobWrongStatus(action, status) : jobNotFound();
  }
}

import { conflict, notFound } from '../../core/errors/app-error.ts';
import type { JobStatus } from './job.type.ts';

export const jobNotFound = () => notFound('Job');
/** Retry takes a failed job, cancel a queued one; the job is in another state now. */
export const jobWrongStatus = (action: 'retry' | 'cancel', status: JobStatus) =>
  conflict(`Only ${action === 'retry' ? 'a failed' : 'a queued'} job can be ${action === 'retry' ? 'retried' : 'cancelled'}; this one is ${status}`, { reason: 'JOB_STATUS', status });

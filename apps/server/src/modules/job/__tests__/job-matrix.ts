import type { TestServer } from '../../../test-support/test-server.ts';
import { enqueue } from '../../../core/jobs/enqueue.ts';

/** The job admin rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const SECRET = 'MATRIX-SECRET-客户';
/** A job in the given state, made for one caller so roles do not interfere. */
async function job(s: TestServer, status: 'FAILED' | 'QUEUED'): Promise<string> {
  const id = (await enqueue(s.db.prisma, 'matrix.task', { secret: SECRET }, { runAt: new Date('2100-01-01T00:00:00Z') }))!;
  if (status === 'FAILED') await s.db.prisma.job.update({ where: { id }, data: { status: 'FAILED', lastError: SECRET, finishedAt: new Date() } });
  return id;
}

export const JOB_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'jobs', rule: 'job:manage', request: async (s) => (await job(s, 'FAILED'), { query: '{ jobs { totalCount edges { node { id task payload lastError } } } }' }) },
  { name: 'jobQueues', rule: 'job:manage', request: async (s) => (await job(s, 'QUEUED'), { query: '{ jobQueues { task queued failed } }' }) },
  { name: 'retryJob', rule: 'job:manage', request: async (s) => ({ query: 'mutation($id: ID!) { retryJob(id: $id) { id status payload } }', variables: { id: await job(s, 'FAILED') } }) },
  { name: 'cancelJob', rule: 'job:manage', request: async (s) => ({ query: 'mutation($id: ID!) { cancelJob(id: $id) { id status payload } }', variables: { id: await job(s, 'QUEUED') } }) },
];

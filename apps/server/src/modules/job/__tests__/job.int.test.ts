import { startTestServer, type GqlResult, type TestServer } from '../../../test-support/test-server.ts';
import { enqueue } from '../../../core/jobs/enqueue.ts';
import { testClock, testRunner } from '../../../core/jobs/__tests__/job-test-kit.ts';

const FAR = new Date('2100-01-01T00:00:00Z');
const JOBS = 'query($filter: JobFilter, $first: Int, $after: String) { jobs(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id task status attempts maxAttempts lastError payload finishedAt } } } }';
const QUEUES = '{ jobQueues { task queued running succeeded failed cancelled } }';
const RETRY = 'mutation($id: ID!) { retryJob(id: $id) { id status attempts } }';
const CANCEL = 'mutation($id: ID!) { cancelJob(id: $id) { id status finishedAt } }';

/** The job admin API through HTTP: lists, counts, retry and cancel, and who may use them. */
describe('job admin API', () => {
  let server: TestServer;
  let admin: { token: string };
  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
  });
  afterAll(() => server.close());
  beforeEach(() => server.db.prisma.job.deleteMany());

  it('shows a failed job with its error, retries it, and the retry runs', async () => {
    const clock = testClock();
    let fail = true;
    const runner = testRunner(server.db.prisma, { clock: clock.now }).register({
      name: 'test.mail',
      handler: async () => {
        if (fail) throw new Error('SMTP 554: mailbox unavailable');
      },
    });
    const id = await enqueue(server.db.prisma, 'test.mail', { to: '张伟' }, { runAt: clock.now(), maxAttempts: 1 });
    await runner.drain();

    const failed = await server.gql(JOBS, { filter: { status: 'FAILED' } }, admin.token);
    expect(failed.errors).toBeUndefined();
    expect(failed.data!.jobs.totalCount).toBe(1);
    expect(failed.data!.jobs.edges[0].node).toMatchObject({ id, task: 'test.mail', status: 'FAILED', attempts: 1, lastError: 'SMTP 554: mailbox unavailable' });
    expect(JSON.parse(failed.data!.jobs.edges[0].node.payload)).toEqual({ to: '张伟' });

    const retried = await server.gql(RETRY, { id }, admin.token);
    expect(retried.data!.retryJob).toEqual({ id, status: 'QUEUED', attempts: 0 });
    fail = false;
    clock.set(new Date()); // the retry is due now
    expect(await runner.drain()).toBe(1);
    const done = await server.gql(JOBS, { filter: { task: 'test.mail' } }, admin.token);
    expect(done.data!.jobs.edges[0].node).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });

    const again = await server.gql(RETRY, { id }, admin.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'JOB_STATUS', status: 'SUCCEEDED' });
  });

  it('cancels a queued job (only a queued one) and frees its key', async () => {
    const id = await enqueue(server.db.prisma, 'test.later', {}, { runAt: FAR, key: 'only-one' });
    const cancelled = await server.gql(CANCEL, { id }, admin.token);
    expect(cancelled.data!.cancelJob).toMatchObject({ id, status: 'CANCELLED' });
    expect(cancelled.data!.cancelJob.finishedAt).not.toBeNull();
    const twice = await server.gql(CANCEL, { id }, admin.token);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'JOB_STATUS', status: 'CANCELLED' });
    expect(await enqueue(server.db.prisma, 'test.later', {}, { runAt: FAR, key: 'only-one' })).not.toBe(id);

    const missing = await server.gql(CANCEL, { id: crypto.randomUUID() }, admin.token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('counts jobs per task and state in one list', async () => {
    await enqueue(server.db.prisma, 'b.task', {}, { runAt: FAR });
    await enqueue(server.db.prisma, 'b.task', {}, { runAt: FAR });
    const c = await enqueue(server.db.prisma, 'a.task', {}, { runAt: FAR });
    await server.gql(CANCEL, { id: c }, admin.token);
    const res = await server.gql(QUEUES, {}, admin.token);
    expect(res.data!.jobQueues).toEqual([
      { task: 'a.task', queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 1 },
      { task: 'b.task', queued: 2, running: 0, succeeded: 0, failed: 0, cancelled: 0 },
    ]);
  });

  it('pages through jobs, newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await enqueue(server.db.prisma, 'test.page', { i }, { runAt: FAR }))!);
      await server.db.prisma.job.update({ where: { id: ids[i] }, data: { createdAt: new Date(Date.UTC(2030, 0, 1, 0, i)) } });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: GqlResult<Record<string, any>> = await server.gql(JOBS, { first: 2, after }, admin.token);
      seen.push(...res.data!.jobs.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(res.data!.jobs.totalCount).toBe(5);
      if (!res.data!.jobs.pageInfo.hasNextPage) break;
      after = res.data!.jobs.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
    const bad = await server.gql(JOBS, { first: 500 }, admin.token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is FORBIDDEN to a rep, a manager, a partner and an admin API key without job:manage; an admin key with it works', async () => {
    const id = await enqueue(server.db.prisma, 'test.secret', { secret: 'S3CRET' }, { runAt: FAR });
    const partner = await server.db.prisma.partner.create({ data: { id: crypto.randomUUID(), name: 'Job Partner' } });
    const tokens = [
      (await server.signIn('SALES_REP')).token,
      (await server.signIn('SALES_MANAGER')).token,
      (await server.signIn('PARTNER', { partnerId: partner.id })).token,
      await apiKey(admin.token, ['customer:read']),
    ];
    for (const token of tokens) {
      for (const [query, variables] of [[JOBS, {}], [QUEUES, {}], [RETRY, { id }], [CANCEL, { id }]] as const) {
        const res = await server.gql(query, variables, token);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(res)).not.toContain('S3CRET');
      }
    }
    expect((await server.db.prisma.job.findUnique({ where: { id: id! } }))!.status).toBe('QUEUED');
    const withPermission = await server.gql(JOBS, {}, await apiKey(admin.token, ['job:manage']));
    expect(withPermission.errors).toBeUndefined();
    expect(withPermission.data!.jobs.totalCount).toBe(1);
  });

  async function apiKey(token: string, scopes: string[]): Promise<string> {
    const res = await server.gql<{ createApiKey: { key: string } }>('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }', { input: { name: 'Job key', scopes } }, token);
    if (!res.data?.createApiKey) throw new Error(JSON.stringify(res.errors));
    return res.data.createApiKey.key;
  }
});

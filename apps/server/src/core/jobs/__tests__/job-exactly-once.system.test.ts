import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { enqueue } from '../enqueue.ts';
import { quietLog, testRunner } from './job-test-kit.ts';

const JOBS = 1_000;
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * THE property of the runner: N processes, each job runs exactly once. On PostgreSQL two real
 * child processes (each its own connection pool) run 1,000 jobs; every job writes its id into a
 * table keyed by it, so a second run would fail and show as a retry. PGlite is one connection
 * in one process: there two runners share it.
 */
describe('jobs run exactly once across runners', () => {
  let db: TestDatabase;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.$executeRawUnsafe('CREATE TABLE "JobRunLog" ("jobId" TEXT PRIMARY KEY, worker TEXT NOT NULL)');
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await db.drop();
  });

  const enqueueAll = () =>
    db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < JOBS; i++) await enqueue(tx, 'test.count', { i });
    }, { timeout: 300_000 });

  /** Polls until every job has finished (generous deadline: the machine may be busy). */
  async function waitUntilFinished(): Promise<void> {
    const deadline = Date.now() + 240_000;
    for (;;) {
      const pending = await db.prisma.job.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } });
      if (pending === 0) return;
      if (Date.now() > deadline) throw new Error(`${pending} jobs still pending`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function expectEachRanOnce(workers: string[]): Promise<void> {
    const jobs = await db.prisma.job.findMany({ select: { id: true, status: true, attempts: true, lastError: true } });
    expect(jobs).toHaveLength(JOBS);
    expect(jobs.filter((j) => j.status !== 'SUCCEEDED' || j.attempts !== 1 || j.lastError)).toEqual([]);
    const runs = await db.prisma.$queryRawUnsafe<{ worker: string; n: number }[]>('SELECT worker, count(*)::int AS n FROM "JobRunLog" GROUP BY worker ORDER BY worker');
    expect(runs.reduce((sum, r) => sum + r.n, 0)).toBe(JOBS);
    // both took part: the work was really shared
    expect(runs.map((r) => r.worker)).toEqual(workers);
    console.log(`exactly once: ${runs.map((r) => `${r.worker} ran ${r.n}`).join(', ')}`);
  }

  const onPostgres = !!process.env.TEST_DATABASE_URL;

  (onPostgres ? it : it.skip)('two runner processes on PostgreSQL, 1,000 jobs', async () => {
    const [{ name }] = await db.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name');
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    for (const worker of ['worker-a', 'worker-b']) {
      const child = spawn(process.execPath, ['--no-warnings', '--import', path.join(here, 'fixtures/swc-register.mjs'), path.join(here, 'fixtures/count-worker.ts'), url.toString(), worker], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(child);
      let out = '';
      child.stdout!.setEncoding('utf8');
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: string) => (out += chunk).includes('ready') && resolve());
        child.once('exit', (code) => reject(new Error(`${worker} exited with ${code} before it was ready`)));
      });
    }
    const t0 = Date.now();
    await enqueueAll();
    const t1 = Date.now();
    await waitUntilFinished();
    console.log(`enqueue ${t1 - t0} ms, run ${Date.now() - t1} ms`);
    for (const child of children) child.kill('SIGTERM');
    const codes = await Promise.all(children.map(async (c) => (c.exitCode ?? (await once(c, 'exit'))[0]) as number));
    expect(codes).toEqual([0, 0]);
    await expectEachRanOnce(['worker-a', 'worker-b']);
  }, 300_000);

  (onPostgres ? it.skip : it)('two runners sharing the embedded database, 1,000 jobs', async () => {
    const run = (worker: string) =>
      testRunner(db.prisma, { workerId: worker, pollMs: 10, log: quietLog }).register({
        name: 'test.count',
        handler: async (_p, { jobId }) => void (await db.prisma.$executeRaw`INSERT INTO "JobRunLog" ("jobId", worker) VALUES (${jobId}, ${worker})`),
      });
    const runners = [run('worker-a'), run('worker-b')];
    await Promise.all(runners.map((r) => r.start()));
    await enqueueAll();
    await waitUntilFinished();
    await Promise.all(runners.map((r) => r.stop()));
    await expectEachRanOnce(['worker-a', 'worker-b']);
  }, 300_000);
});

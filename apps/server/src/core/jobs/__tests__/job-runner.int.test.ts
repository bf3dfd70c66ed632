import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { backoffMs } from '../job-backoff.ts';
import { enqueue } from '../enqueue.ts';
import { JobQueueRepository } from '../job-queue.repository.ts';
import { scheduleKey } from '../job-runner.ts';
import { jobRows, testClock, testRunner } from './job-test-kit.ts';

/** The job runner on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL); time is an injected clock. */
describe('job runner', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());
  beforeEach(() => db.prisma.job.deleteMany());

  it('retries a throwing job with exponential back-off, then marks it failed with its error', async () => {
    const clock = testClock();
    const runs: number[] = [];
    const runner = testRunner(db.prisma, { clock: clock.now }).register({
      name: 'test.flaky',
      handler: async (_p, { attempt }) => {
        runs.push(attempt);
        throw new Error(`boom ${attempt}`);
      },
    });
    const id = await enqueue(db.prisma, 'test.flaky', { n: 1 }, { runAt: clock.now(), maxAttempts: 3 });

    expect(await runner.runDue()).toBe(1);
    let [job] = await jobRows(db.prisma);
    expect(job).toMatchObject({ id, status: 'QUEUED', attempts: 1, lastError: 'boom 1' });
    const firstDelay = job!.runAt.getTime() - clock.now().getTime();
    expect(firstDelay).toBe(backoffMs(1, { baseMs: 60_000, maxMs: 3_600_000 }, () => 0.5)); // 45 s: half of 1 min plus half the jitter range

    expect(await runner.runDue()).toBe(0); // not before its back-off
    clock.advance(firstDelay);
    expect(await runner.runDue()).toBe(1);
    [job] = await jobRows(db.prisma);
    const secondDelay = job!.runAt.getTime() - clock.now().getTime();
    expect(secondDelay).toBe(2 * firstDelay); // doubles

    clock.advance(secondDelay);
    expect(await runner.runDue()).toBe(1);
    [job] = await jobRows(db.prisma);
    expect(job).toMatchObject({ status: 'FAILED', attempts: 3, lastError: 'boom 3' });
    expect(job!.finishedAt).not.toBeNull();
    expect(runs).toEqual([1, 2, 3]);
    clock.advance(86_400_000);
    expect(await runner.runDue()).toBe(0); // failed for good
  });

  it('spreads retries with jitter inside [half, full] of the exponential delay', () => {
    const o = { baseMs: 1_000, maxMs: 60_000 };
    expect(backoffMs(3, o, () => 0)).toBe(2_000);
    expect(backoffMs(3, o, () => 1)).toBe(4_000);
    expect(backoffMs(30, o, () => 1)).toBe(60_000); // capped
  });

  it('does not run a delayed job before its time, and runs it then', async () => {
    const clock = testClock();
    const payloads: unknown[] = [];
    const runner = testRunner(db.prisma, { clock: clock.now }).register({ name: 'test.later', handler: async (p) => void payloads.push(p) });
    await enqueue(db.prisma, 'test.later', { customer: '客户' }, { runAt: new Date(clock.now().getTime() + 3_600_000) });

    clock.advance(3_599_000);
    expect(await runner.runDue()).toBe(0);
    clock.advance(1_000);
    expect(await runner.runDue()).toBe(1);
    expect(payloads).toEqual([{ customer: '客户' }]);
    expect((await jobRows(db.prisma))[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
  });

  it('keeps one pending occurrence of a recurring task across several runners', async () => {
    const clock = testClock();
    let runs = 0;
    const task = { name: 'test.every', schedule: { everyMinutes: 15 }, handler: async () => void runs++ };
    const a = testRunner(db.prisma, { clock: clock.now }).register(task);
    const b = testRunner(db.prisma, { clock: clock.now }).register(task);
    await Promise.all([a.ensureSchedules(), b.ensureSchedules(), a.ensureSchedules()]);
    expect((await jobRows(db.prisma)).filter((j) => j.status === 'QUEUED')).toHaveLength(1);

    for (let round = 1; round <= 3; round++) {
      expect((await a.runDue()) + (await b.runDue())).toBe(1);
      await Promise.all([a.ensureSchedules(), b.ensureSchedules()]); // a restart while one is pending adds none
      const pending = (await jobRows(db.prisma)).filter((j) => j.status === 'QUEUED');
      expect(pending).toHaveLength(1);
      expect(pending[0]).toMatchObject({ key: scheduleKey('test.every') });
      expect(pending[0]!.runAt.getTime()).toBe(clock.now().getTime() + 15 * 60_000);
      expect((await a.runDue()) + (await b.runDue())).toBe(0); // not early
      clock.advance(15 * 60_000);
    }
    expect(runs).toBe(3);
    expect((await jobRows(db.prisma)).filter((j) => j.status === 'SUCCEEDED')).toHaveLength(3);
  });

  it('claims a crashed worker’s job again once its lease has expired', async () => {
    const clock = testClock();
    const attempts: number[] = [];
    const runner = testRunner(db.prisma, { clock: clock.now }).register({ name: 'test.crash', handler: async (_p, c) => void attempts.push(c.attempt) });
    await enqueue(db.prisma, 'test.crash', {}, { runAt: clock.now() });
    // a worker claims it and dies: its lease runs for one minute
    const [claimed] = await new JobQueueRepository(db.prisma).claim('dead-worker', 1, clock.now(), new Date(clock.now().getTime() + 60_000));
    expect(claimed).toBeDefined();

    clock.advance(59_000);
    expect(await runner.runDue()).toBe(0); // still leased
    clock.advance(2_000);
    expect(await runner.runDue()).toBe(1);
    expect(attempts).toEqual([2]);
    expect((await jobRows(db.prisma))[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
    // the dead worker cannot overwrite the outcome when it comes back
    expect(await new JobQueueRepository(db.prisma).retryLater(claimed!.id, 'dead-worker', 'late', clock.now())).toBe(false);
  });

  it('de-duplicates by key while a job is pending, and frees the key when it finishes', async () => {
    const clock = testClock();
    const runner = testRunner(db.prisma, { clock: clock.now }).register({ name: 'test.dedup', handler: async () => {} });
    const first = await enqueue(db.prisma, 'test.dedup', {}, { key: 'one-sweep', runAt: clock.now() });
    const second = await enqueue(db.prisma, 'test.dedup', {}, { key: 'one-sweep', runAt: clock.now() });
    expect(second).toBe(first);
    expect(await jobRows(db.prisma)).toHaveLength(1);
    await runner.runDue();
    const third = await enqueue(db.prisma, 'test.dedup', {}, { key: 'one-sweep', runAt: clock.now() });
    expect(third).not.toBe(first);
    expect(await jobRows(db.prisma)).toHaveLength(2);
  });

  it('enqueues inside the caller’s transaction: rolled back with it, committed with it', async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueue(tx, 'test.tx', { n: 1 });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await jobRows(db.prisma)).toHaveLength(0);
    await db.prisma.$transaction((tx) => enqueue(tx, 'test.tx', { n: 2 }));
    expect(await jobRows(db.prisma, 'test.tx')).toHaveLength(1);
  });

  it('fails a job of an unknown task at once, naming the task', async () => {
    const clock = testClock();
    const runner = testRunner(db.prisma, { clock: clock.now });
    await enqueue(db.prisma, 'test.nobody', {}, { runAt: clock.now() });
    expect(await runner.runDue()).toBe(1);
    const [job] = await jobRows(db.prisma);
    expect(job!.status).toBe('FAILED');
    expect(job!.lastError).toContain('Unknown task "test.nobody"');
  });

  it('stop() lets the running step finish and stops claiming; a step past the deadline keeps its lease', async () => {
    let release!: () => void;
    const started = new Promise<void>((resolve) => (release = resolve));
    const runner = testRunner(db.prisma).register({
      name: 'test.step',
      handler: (_p, { signal }) =>
        new Promise<void>((resolve) => {
          release();
          signal.addEventListener('abort', () => resolve()); // the step ends when asked to stop
        }),
    });
    await enqueue(db.prisma, 'test.step', {});
    await runner.start();
    await started;
    expect(await runner.stop(30_000)).toEqual({ abandoned: 0 });
    expect((await jobRows(db.prisma, 'test.step'))[0]!.status).toBe('SUCCEEDED');

    let begun!: () => void;
    const stuck = new Promise<void>((resolve) => (begun = resolve));
    const stubborn = testRunner(db.prisma).register({ name: 'test.stuck', handler: () => (begun(), new Promise(() => {})) });
    await enqueue(db.prisma, 'test.stuck', {});
    await stubborn.start();
    await stuck;
    expect(await stubborn.stop(10)).toEqual({ abandoned: 1 }); // never ends, so the deadline always passes
    expect((await jobRows(db.prisma, 'test.stuck'))[0]!.status).toBe('RUNNING');
  });

  it('prunes succeeded jobs older than the retention, keeps failed ones', async () => {
    const clock = testClock();
    const runner = testRunner(db.prisma, { clock: clock.now })
      .register({ name: 'test.ok', handler: async () => {} })
      .register({ name: 'test.bad', handler: async () => { throw new Error('no'); } });
    await enqueue(db.prisma, 'test.ok', {}, { runAt: clock.now() });
    await enqueue(db.prisma, 'test.bad', {}, { runAt: clock.now(), maxAttempts: 1 });
    await runner.drain();
    const repo = new JobQueueRepository(db.prisma);
    expect(await repo.prune(new Date(clock.now().getTime() - 1_000))).toBe(0);
    expect(await repo.prune(new Date(clock.now().getTime() + 1_000))).toBe(1);
    expect((await jobRows(db.prisma)).map((j) => j.status)).toEqual(['FAILED']);
  });
});

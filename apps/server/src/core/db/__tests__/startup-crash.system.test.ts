/**
 * An operator's bad day, with real processes: the built server and `db:migrate` are
 * killed with SIGKILL at seeded random moments of a migration and of the first start's
 * seeding, then started again; servers are started together; an older build meets newer
 * data. On PGlite (a data directory) by default, on PostgreSQL with TEST_DATABASE_URL.
 *
 * Costly (each start boots a database in a child process): STARTUP_CRASH_ROUNDS (default 2)
 * rounds of each kill. The moments come from STARTUP_CRASH_SEED, printed on failure.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../config.ts';
import { rng } from '../../../seed/random.ts';
import { DEMO_USERS } from '../../../seed/demo.ts';
import { SETUP_COMPLETED_KEY } from '../../../seed/bootstrap.ts';
import { openDatabase } from '../database.ts';
import { readMigrationFiles } from '../migration-files.ts';
import { openSqlSession, type SqlSession } from '../sql-session.ts';
import { freePort, freshDataDir, runNode, sleep, targetEnv, waitReady, type Target } from './child-process.ts';
import { createPostgresDatabase, dropPostgresDatabase, schemaFingerprint, serverUrl } from './empty-database.ts';

const TIMEOUT = 30 * 60_000;

const ROUNDS = Number(process.env.STARTUP_CRASH_ROUNDS ?? 2);
const SEED = Number(process.env.STARTUP_CRASH_SEED ?? Date.now() % 100_000);
const random = rng(SEED);
const { migrationsDir } = loadConfig();
const dropLater: string[] = [];

const removeLater: string[] = [];

async function freshTarget(): Promise<Target> {
  if (!serverUrl) {
    const dataDir = freshDataDir();
    removeLater.push(path.dirname(dataDir));
    return { dataDir };
  }
  const { name, url } = await createPostgresDatabase();
  dropLater.push(name);
  return { databaseUrl: url };
}

/** Opens the target in this process (the child is gone) for `fn`. */
async function inspect<T>(target: Target, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  const db = await openDatabase(target.databaseUrl ? { databaseUrl: target.databaseUrl } : { dataDir: target.dataDir });
  const session = await openSqlSession(db.sqlTarget);
  try {
    return await fn(session);
  } finally {
    await session.close();
    await db.close();
  }
}

const count = async (s: SqlSession, sql: string, params: unknown[] = []) => (await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

/** What a complete first start leaves: the admin and the demo company, once. */
async function firstStartData(s: SqlSession) {
  return {
    users: await count(s, '"User"'),
    roots: await count(s, '"Department" WHERE "parentId" IS NULL'),
    departments: await count(s, '"Department"'),
    customers: await count(s, '"Customer"'),
    deals: (await count(s, '"Opportunity"')) > 0,
    products: (await count(s, '"Product"')) > 0,
    setupDone: await count(s, '"Setting" WHERE key = $1', [SETUP_COMPLETED_KEY]),
  };
}
const COMPLETE = { users: DEMO_USERS.length + 1, roots: 1, departments: 6, customers: 200, deals: true, products: true, setupDone: 1 };

async function startServer(target: Target, extra: NodeJS.ProcessEnv = {}) {
  const port = await freePort();
  const child = runNode('main.js', { ...targetEnv(target), PORT: String(port), ...extra });
  return { child, port };
}

describe(`start-up survives kill -9 and company (seed ${SEED})`, () => {
  /** The migrations of this build, read when checked (the folder is the build's). */
  const allMigrations = async () => (await readMigrationFiles(migrationsDir)).map((m) => m.name);
  let migrated: Target; // a database the uninterrupted db:migrate run left

  afterAll(async () => {
    for (const name of dropLater) await dropPostgresDatabase(name);
    for (const dir of removeLater) fs.rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  it('kill -9 at random moments of the migrations, then db:migrate again: every migration applied once, same schema', async () => {
    // an uninterrupted run gives the reference schema and how long migrating takes
    migrated = await freshTarget();
    const run = runNode('cli/db-migrate.js', targetEnv(migrated));
    await run.waitFor(/Database:/);
    const began = Date.now();
    expect((await run.exited).code).toBe(0);
    const window = Date.now() - began;
    const reference = await inspect(migrated, schemaFingerprint);

    for (let round = 0; round < ROUNDS; round++) {
      const target = await freshTarget();
      const victim = runNode('cli/db-migrate.js', targetEnv(target));
      await victim.waitFor(/Database:/);
      const at = random.int(0, window);
      await sleep(at);
      await victim.kill('SIGKILL');
      const left = await inspect(target, async (s) =>
        (await count(s, `pg_tables WHERE tablename = '_prisma_migrations'`))
          ? s.query<{ finished: boolean }>('SELECT finished_at IS NOT NULL AS finished FROM "_prisma_migrations"')
          : [],
      );
      // killed mid-way: whole migrations only, never an unfinished row
      expect({ round, at, unfinished: left.filter((r) => !r.finished).length }).toEqual({ round, at, unfinished: 0 });

      const again = runNode('cli/db-migrate.js', targetEnv(target));
      expect({ round, at, exit: (await again.exited).code }).toEqual({ round, at, exit: 0 });
      await inspect(target, async (s) => {
        expect(await schemaFingerprint(s)).toEqual(reference);
        const rows = await s.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name');
        expect(rows.map((r) => r.migration_name)).toEqual(await allMigrations());
      });
    }
  }, TIMEOUT);

  it('an older build refuses newer data, naming both migrations, and leaves it untouched', async () => {
    const future = '29991231000000_from_a_newer_release';
    await inspect(migrated, (s) =>
      s.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, 'x', now(), $2, now(), 1)`, [randomUUID(), future]),
    );
    const { child } = await startServer(migrated);
    const { code } = await child.exited;
    expect(code).not.toBe(0);
    expect(child.output()).toContain(`This database was migrated by a newer Panorama (migration ${future}); this build knows up to ${(await allMigrations()).at(-1)}. Start the newer release or restore a backup.`);
    expect(await inspect(migrated, (s) => count(s, '"User"'))).toBe(0); // no seeding on data it does not understand
  }, TIMEOUT);

  it(
    serverUrl
      ? 'kill -9 at random moments of the first start, then start again: complete data, once; three servers started together on an empty database all come up'
      : 'kill -9 at random moments of the first start, then start again: complete data, once; a second server on the same data directory is refused',
    async () => {
      // the uninterrupted first start, which times the window to kill in
      const first = await freshTarget();
      const servers = await Promise.all((serverUrl ? [0, 1, 2] : [0]).map(() => startServer(first)));
      await servers[0]!.child.waitFor(/Database:/);
      const began = Date.now();
      try {
        await Promise.all(servers.map((s) => waitReady(s.port, s.child)));
        const window = Date.now() - began;
        if (first.dataDir) {
          // two engines on one data directory would corrupt it: the second is turned away
          const second = await startServer(first);
          expect((await second.child.exited).code).not.toBe(0);
          expect(second.child.output()).toContain(`The embedded database in ${first.dataDir} is in use by a Panorama server (pid ${servers[0]!.child.process.pid})`);
          expect((await fetch(`http://127.0.0.1:${servers[0]!.port}/readyz`)).status).toBe(200);
        }
        await Promise.all(servers.map((s) => s.child.kill('SIGTERM')));
        expect(await inspect(first, firstStartData)).toEqual(COMPLETE);

        for (let round = 0; round < ROUNDS; round++) {
          const target = await freshTarget();
          const victim = await startServer(target);
          await victim.child.waitFor(/Database:/);
          const at = random.int(0, window);
          await sleep(at);
          await victim.child.kill('SIGKILL');
          const left = await inspect(target, async (s) => ((await count(s, `pg_tables WHERE tablename = 'User'`)) ? firstStartData(s) : null));
          // nothing half-seeded: either no set-up at all, or all of it
          if (left && left.users > 0) expect({ round, at, left }).toEqual({ round, at, left: COMPLETE });

          const again = await startServer(target);
          await waitReady(again.port, again.child);
          await again.child.kill('SIGTERM');
          expect({ round, at, data: await inspect(target, firstStartData) }).toEqual({ round, at, data: COMPLETE });
        }
      } finally {
        await Promise.all(servers.map((s) => s.child.kill('SIGKILL')));
      }
    },
    TIMEOUT,
  );
});

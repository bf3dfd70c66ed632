/**
 * `pnpm db:backup` while the database is being written, then `pnpm db:restore` over
 * changed data: the same tables, counts and records as at the backup. The commands run as
 * child processes of the built CLI; "the running server" is this test process, which
 * holds the database the way main.ts does (openServerDatabase) and keeps writing.
 * PGlite data directory by default, PostgreSQL with TEST_DATABASE_URL (pg_dump and psql).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../config.ts';
import { bootstrapData } from '../../../seed/bootstrap.ts';
import { migrationStatus } from '../migrator.ts';
import { openServerDatabase } from '../server-database.ts';
import { openSqlSession, type SqlSession } from '../sql-session.ts';
import { prepareDatabase } from '../startup.ts';
import { freshDataDir, runNode, targetEnv, type Target } from './child-process.ts';
import { createPostgresDatabase, dropPostgresDatabase, serverUrl } from './empty-database.ts';

const TIMEOUT = 15 * 60_000;
const config = loadConfig();

async function open(target: Target) {
  const db = await openServerDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir ?? '' });
  return { db, session: await openSqlSession(db.sqlTarget) };
}

/** Every table's row count and a sample of records from the main ones. */
async function contents(s: SqlSession) {
  const tables = (await s.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.t);
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = (await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}" ${t === 'Setting' ? `WHERE key NOT LIKE 'probe.%'` : ''}`))[0]!.n;
  const sample = async (table: string, n: number) => JSON.stringify(await s.query(`SELECT * FROM "${table}" ORDER BY id LIMIT ${n}`));
  return { counts, customers: await sample('Customer', 25), contacts: await sample('Contact', 25), users: await sample('User', 20), deals: await sample('Opportunity', 10) };
}

describe('backup while running, restore over changed data', () => {
  let target: Target;
  let dbName: string | undefined;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'panorama-backup-')), 'panorama.gz');

  beforeAll(async () => {
    if (serverUrl) {
      const { name, url } = await createPostgresDatabase();
      dbName = name;
      target = { databaseUrl: url };
    } else target = { dataDir: freshDataDir() };
  }, TIMEOUT);
  afterAll(async () => {
    if (dbName) await dropPostgresDatabase(dbName);
    for (const dir of [path.dirname(file), target.dataDir && path.dirname(target.dataDir)]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  it('restores the same counts and records; writes made during the backup are in it as a consistent prefix', async () => {
    const { db, session } = await open(target);
    let before: Awaited<ReturnType<typeof contents>>;
    let written = 0;
    try {
      await prepareDatabase(db, config.migrationsDir, () => bootstrapData(db.prisma, { seedAdminEmail: 'admin@example.com', seedAdminPassword: 'pw-123456', seedDemo: true }));
      before = await contents(session);
      expect(before.counts.Customer).toBe(200);

      // a writer keeps committing numbered rows while the backup is taken
      let writing = true;
      const writer = (async () => {
        while (writing) {
          await session.query(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, '1', now())`, [`probe.${written++}`]);
          // in-process PGlite answers in microtasks: let the backup request's socket in, as HTTP requests get in on a server
          await new Promise((r) => setImmediate(r));
        }
      })();
      const backup = runNode('cli/db-backup.js', targetEnv(target), [file]);
      const { code } = await backup.exited;
      writing = false;
      await writer;
      expect({ code, output: backup.output() }).toEqual({ code: 0, output: expect.stringContaining('Wrote ') });

      // a restore under a running server is refused: it would pull the data from under it
      const refused = runNode('cli/db-restore.js', targetEnv(target), [file]);
      expect((await refused.exited).code).toBe(1);
      expect(refused.output()).toMatch(serverUrl ? /other session\(s\) are connected/ : /is in use by a Panorama server/);

      // the data changes after the backup
      await session.exec(`DELETE FROM "Note"; UPDATE "Customer" SET name = 'changed' WHERE id IN (SELECT id FROM "Customer" ORDER BY id LIMIT 5)`);
    } finally {
      await session.close();
      await db.close();
    }

    const restore = runNode('cli/db-restore.js', targetEnv(target), [file]);
    expect({ code: (await restore.exited).code, output: restore.output() }).toEqual({ code: 0, output: expect.stringContaining('Restored.') });

    const after = await open(target);
    try {
      expect(await contents(after.session)).toEqual(before);
      const probes = (await after.session.query<{ key: string }>(`SELECT key FROM "Setting" WHERE key LIKE 'probe.%'`)).map((r) => Number(r.key.slice(6)));
      // every row committed before the backup's moment, none after: 0..k-1 with nothing missing
      expect(probes.length).toBeLessThanOrEqual(written);
      expect(probes.sort((a, b) => a - b)).toEqual(probes.map((_, i) => i));
      // and it is a working database that start-up takes as it is (migrating it if the backup predates a migration)
      await prepareDatabase(after.db, config.migrationsDir, async () => null);
      expect((await migrationStatus(after.session, config.migrationsDir)).filter((m) => m.state !== 'applied')).toEqual([]);
    } finally {
      await after.session.close();
      await after.db.close();
    }
  }, TIMEOUT);
});

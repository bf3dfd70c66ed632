import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../../config.ts';
import { DbError } from '../db.errors.ts';
import { readMigrationFiles } from '../migration-files.ts';
import { migrate, migrationStatus, resolveInterrupted } from '../migrator.ts';
import { migrateDatabase } from '../startup.ts';
import type { SqlSession } from '../sql-session.ts';
import { createEmptyDatabase, migrationsFolder, schemaFingerprint, serverUrl, writeMigration, type EmptyDatabase } from './empty-database.ts';

const { migrationsDir } = loadConfig();

describe('migrations: atomic, resumable, never run by an older build', () => {
  let empty: EmptyDatabase;
  let session: SqlSession;
  let reference: string[];
  let all: string[];

  beforeAll(async () => {
    all = (await readMigrationFiles(migrationsDir)).map((m) => m.name);
    const ref = await createEmptyDatabase();
    await migrateDatabase(ref.db, migrationsDir);
    const s = await ref.session();
    reference = await schemaFingerprint(s);
    await s.close();
    await ref.drop();
  });
  beforeEach(async () => {
    empty = await createEmptyDatabase();
    session = await empty.session();
  });
  afterEach(async () => {
    await session.close();
    await empty.drop();
  });

  const errorOf = (p: Promise<unknown>) => p.then(() => null, (err: unknown) => err as DbError);
  const finishedRows = async (name: string) =>
    (await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`, [name]))[0]!.n;

  it('applies the missing migrations to a database at migration N-3 that holds data, and keeps the data', async () => {
    const k = 3;
    const older = await migrationsFolder(migrationsDir, all.length - k);
    expect((await migrate(session, older)).applied).toEqual(all.slice(0, -k));
    // data written by the release that knew N-3 migrations
    await session.exec(`
      INSERT INTO "Department" (id, name, path, "updatedAt") VALUES ('d1', '总公司', '/d1/', now());
      INSERT INTO "User" (id, email, name, "passwordHash", role, "departmentId", "updatedAt") VALUES ('u1', 'li@example.com', '李娜', 'x', 'SALES_REP', 'd1', now());
      INSERT INTO "Customer" (id, name, "ownerId", "updatedAt") VALUES ('c1', '北京星辰科技有限公司', 'u1', now()), ('c2', 'Acme Ltd', NULL, now());
    `);

    const report = await migrate(session, migrationsDir);

    expect(report.applied).toEqual(all.slice(-k));
    expect(await schemaFingerprint(session)).toEqual(reference);
    expect(await session.query(`SELECT id, name, "ownerId" FROM "Customer" ORDER BY id`)).toEqual([
      { id: 'c1', name: '北京星辰科技有限公司', ownerId: 'u1' },
      { id: 'c2', name: 'Acme Ltd', ownerId: null },
    ]);
    expect(await session.query(`SELECT email, "departmentId" FROM "User"`)).toEqual([{ email: 'li@example.com', departmentId: 'd1' }]);
    expect((await migrate(session, migrationsDir)).applied).toEqual([]);
  });

  it('rolls a failing migration back whole: none of its statements stay, nothing is recorded, and the fixed one applies', async () => {
    const name = '29990101000000_probe';
    const dir = await migrationsFolder(migrationsDir, all.length, { [name]: 'CREATE TABLE probe_a (x int);\nINSERT INTO probe_a VALUES (1);\nSELECT 1 / 0;' });
    const err = await errorOf(migrate(session, dir));
    expect(err).toMatchObject({ code: 'DB_MIGRATION_FAILED', message: expect.stringContaining(name) });
    expect(await session.query(`SELECT to_regclass('probe_a') AS t`)).toEqual([{ t: null }]);
    expect(await finishedRows(name)).toBe(0);
    expect((await session.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1`, [name]))[0]).toEqual({ n: 0 });

    writeMigration(dir, name, "CREATE TABLE probe_a (x int);\n-- a comment; with a semicolon\nINSERT INTO probe_a VALUES (1);");
    expect((await migrate(session, dir)).applied).toEqual([name]);
    expect(await session.query('SELECT x FROM probe_a')).toEqual([{ x: 1 }]);
  });

  it('refuses a database migrated by a newer build, naming both migrations', async () => {
    await migrate(session, migrationsDir);
    const older = await migrationsFolder(migrationsDir, all.length - 1);
    const err = await errorOf(migrate(session, older));
    expect(err).toBeInstanceOf(DbError);
    expect(err!.code).toBe('DB_NEWER_THAN_BUILD');
    expect(err!.message).toBe(
      `This database was migrated by a newer Panorama (migration ${all.at(-1)}); this build knows up to ${all.at(-2)}. Start the newer release or restore a backup.`,
    );
  });

  it("re-applies a migration an earlier release left unfinished (P3009's state) in one transaction", async () => {
    const older = await migrationsFolder(migrationsDir, all.length - 1);
    await migrate(session, older);
    const last = (await readMigrationFiles(migrationsDir)).at(-1)!;
    // what `kill -9` during the statement-by-statement engine left: a started row, no finished_at
    await session.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`, [randomUUID(), last.checksum, last.name]);
    expect((await migrationStatus(session, migrationsDir)).at(-1)).toEqual({ name: last.name, state: 'interrupted' });

    const report = await migrate(session, migrationsDir);
    expect(report).toMatchObject({ applied: [last.name], repaired: [last.name] });
    expect(await schemaFingerprint(session)).toEqual(reference);
    expect((await migrationStatus(session, migrationsDir)).every((m) => m.state === 'applied')).toBe(true);
  });

  it('an interrupted migration whose partial changes block it stops start-up with instructions, and db:repair resolves it', async () => {
    const name = '29990101000000_partial';
    const dir = await migrationsFolder(migrationsDir, all.length, { [name]: 'CREATE TABLE probe_b (x int);\nCREATE TABLE probe_c (y int);' });
    await migrate(session, await migrationsFolder(migrationsDir, all.length));
    // the earlier release got through the first statement only
    await session.exec('CREATE TABLE probe_b (x int)');
    await session.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, 'x', $2, now())`, [randomUUID(), name]);

    const err = await errorOf(migrate(session, dir));
    expect(err).toMatchObject({ code: 'DB_MIGRATION_INTERRUPTED' });
    expect(err!.message).toContain(`pnpm db:repair --applied ${name}`);
    expect(await session.query(`SELECT to_regclass('probe_c') AS t`)).toEqual([{ t: null }]); // the retry left nothing

    // the operator finishes it by hand, then marks it applied
    await session.exec('CREATE TABLE probe_c (y int)');
    expect(await resolveInterrupted(session, name, 'applied')).toBe(1);
    expect((await migrate(session, dir)).applied).toEqual([]);
    expect(await finishedRows(name)).toBe(1);
  });

  (serverUrl ? it : it.skip)('two migrators started together on an empty PostgreSQL database: both finish, each migration applied once', async () => {
    const reports = await Promise.all([migrateDatabase(empty.db, migrationsDir), migrateDatabase(empty.db, migrationsDir)]);
    expect(reports.map((r) => r.applied.length).sort()).toEqual([0, all.length]);
    for (const name of all) expect(await finishedRows(name)).toBe(1);
    expect(await schemaFingerprint(session)).toEqual(reference);
  });
});

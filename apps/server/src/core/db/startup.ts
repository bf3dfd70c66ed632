/**
 * Start-up's database work under one PostgreSQL advisory lock: migrations, then the
 * first-run data. N servers started together on an empty database queue on the lock;
 * the first migrates and seeds, the others find it done. The lock is session-level on a
 * dedicated connection, so a killed process releases it with its connection.
 */
import type { Database } from './database.ts';
import { migrate, type MigrationReport } from './migrator.ts';
import { openSqlSession, type SqlSession } from './sql-session.ts';

/** The key `prisma migrate` locks too, so a Prisma CLI run and a starting server never overlap. */
const STARTUP_LOCK_KEY = 72707369;

export async function withStartupLock<T>(session: SqlSession, fn: () => Promise<T>): Promise<T> {
  await session.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
  try {
    return await fn();
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {});
  }
}

/** Applies pending migrations (under the lock), then runs `seed` still holding it. */
export async function prepareDatabase<T>(
  db: Pick<Database, 'sqlTarget'>,
  migrationsDir: string,
  seed: () => Promise<T>,
): Promise<{ migrations: MigrationReport; seeded: T }> {
  const session = await openSqlSession(db.sqlTarget);
  try {
    return await withStartupLock(session, async () => {
      const migrations = await migrate(session, migrationsDir);
      return { migrations, seeded: await seed() };
    });
  } finally {
    await session.close();
  }
}

/** Migrations only (the CLI, test templates). */
export async function migrateDatabase(db: Pick<Database, 'sqlTarget'>, migrationsDir: string): Promise<MigrationReport> {
  return (await prepareDatabase(db, migrationsDir, async () => undefined)).migrations;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminQuery } from '../../../test-support/test-database.ts';
import { openDatabase, type Database } from '../database.ts';
import { readMigrationFiles } from '../migration-files.ts';
import { openSqlSession, type SqlSession } from '../sql-session.ts';

/**
 * Start-up tests need what the shared test template is not: an EMPTY database (no
 * migrations yet). In-memory PGlite, or a new database on TEST_DATABASE_URL's server.
 */
export interface EmptyDatabase {
  db: Database;
  /** The PostgreSQL URL of this database (undefined on PGlite). */
  url?: string;
  session(): Promise<SqlSession>;
  drop(): Promise<void>;
}

export const serverUrl = process.env.TEST_DATABASE_URL;

export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, session: () => openSqlSession(db.sqlTarget), drop: () => db.close() };
  }
  const { name, url } = await createPostgresDatabase();
  const db = await openDatabase({ databaseUrl: url });
  return {
    db,
    url,
    session: () => openSqlSession(db.sqlTarget),
    drop: async () => {
      await db.close();
      await dropPostgresDatabase(name);
    },
  };
}

/** A new, empty database on the test PostgreSQL server (for child processes to connect to). */
export async function createPostgresDatabase(): Promise<{ name: string; url: string }> {
  const name = `panorama_startup_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export const dropPostgresDatabase = (name: string) => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

const admin = (sql: string) => adminQuery(serverUrl!, sql);

/** A migrations folder holding the first `count` real migrations (a database "at migration N-k"), plus extra ones. */
export async function migrationsFolder(migrationsDir: string, count: number, extra: Record<string, string> = {}): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'panorama-migrations-'));
  for (const m of (await readMigrationFiles(migrationsDir)).slice(0, count)) writeMigration(dir, m.name, m.sql);
  for (const [name, sql] of Object.entries(extra)) writeMigration(dir, name, sql);
  return dir;
}

export function writeMigration(dir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

/** Tables, columns and indexes of the public schema: equal fingerprints mean the same schema. */
export async function schemaFingerprint(session: SqlSession): Promise<string[]> {
  const columns = await session.query<{ c: string }>(
    `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS c
     FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
  );
  const indexes = await session.query<{ c: string }>(`SELECT indexdef AS c FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`);
  return [...columns.map((r) => r.c), ...indexes.map((r) => r.c)];
}

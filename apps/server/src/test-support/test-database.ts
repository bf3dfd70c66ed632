import pg from 'pg';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../core/db/database.ts';
import { applyMigrations } from '../core/db/schema-engine.ts';

/**
 * A fresh database for one test file, migrated with the real migrations: an in-memory
 * PGlite by default, or a new database on the PostgreSQL server of TEST_DATABASE_URL,
 * dropped again by `drop()`.
 */
export interface TestDatabase extends Database {
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const config = loadConfig();
  const serverUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl: string | undefined;
  let name: string | undefined;
  if (serverUrl) {
    name = `panorama_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: 'memory://' });
  await applyMigrations(db.adapterFactory, config.migrationsDir, config.prismaSchemaPath);
  return {
    ...db,
    drop: async () => {
      await db.close();
      if (serverUrl && name) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

import fs from 'node:fs/promises';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../core/db/database.ts';
import { migrateDatabase } from '../core/db/startup.ts';

/**
 * A fresh database for one test file, with the real migrations applied: an in-memory
 * PGlite by default, or a new database on the PostgreSQL server of TEST_DATABASE_URL,
 * dropped again by `drop()`.
 *
 * Migrating costs seconds per database, so jest's global setup (test-global-setup.ts)
 * migrates one template per run, and each test file starts from a copy of it: PGlite
 * loads the template's dumped data directory, PostgreSQL copies it with
 * `CREATE DATABASE … TEMPLATE`. Without a template (a script outside jest) it migrates.
 */
export interface TestDatabase extends Database {
  drop(): Promise<void>;
}

/** Where the global setup left the migrated template (read by every test worker). */
export const TEMPLATE_ENV = { pglite: 'PANORAMA_TEST_PGLITE_TEMPLATE', postgres: 'PANORAMA_TEST_PG_TEMPLATE' } as const;

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) return createPostgresDatabase(serverUrl, process.env[TEMPLATE_ENV.postgres]);
  const templateFile = process.env[TEMPLATE_ENV.pglite];
  if (templateFile) {
    const bytes = await fs.readFile(templateFile);
    const db = await openDatabase({ pglite: await PGlite.create({ loadDataDir: new Blob([bytes]) }) });
    return { ...db, drop: () => db.close() };
  }
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  return { ...db, drop: () => db.close() };
}

async function createPostgresDatabase(serverUrl: string, template: string | undefined): Promise<TestDatabase> {
  const name = uniqueName('panorama_test');
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  const db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name) });
  if (!template) await migrate(db);
  return {
    ...db,
    drop: async () => {
      await db.close();
      await dropPostgresDatabase(serverUrl, name);
    },
  };
}

/** Migrates a template for this run; returns what the workers need to copy it, and how to clean up. */
export async function prepareTemplate(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = uniqueName('panorama_template');
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name) });
    try {
      await migrate(db);
    } finally {
      await db.close(); // a template must have no connections when it is copied
    }
    return { env: { [TEMPLATE_ENV.postgres]: name }, cleanup: () => dropPostgresDatabase(serverUrl, name) };
  }
  const pglite = await PGlite.create('memory://');
  const db = await openDatabase({ pglite });
  await migrate(db);
  const dump = await pglite.dumpDataDir('none');
  await db.close();
  const file = `${await fs.mkdtemp('/tmp/panorama-test-')}/template.tar`;
  await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return { env: { [TEMPLATE_ENV.pglite]: file }, cleanup: () => fs.rm(file, { force: true }) };
}

async function migrate(db: Database): Promise<void> {
  const config = loadConfig();
  await migrateDatabase(db, config.migrationsDir);
}

const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const dropPostgresDatabase = (serverUrl: string, name: string) => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

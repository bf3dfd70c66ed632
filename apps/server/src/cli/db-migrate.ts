/**
 * `pnpm db:migrate`: applies pending migrations from prisma/migrations to the configured
 * database (DATABASE_URL → PostgreSQL, otherwise PGlite in DATA_DIR or <repo>/.data), each
 * in one transaction with its `_prisma_migrations` row, under the start-up lock. The server
 * does the same on every start; this is for doing it ahead of one.
 */
import { loadConfig } from '../config.ts';
import { openServerDatabase } from '../core/db/server-database.ts';
import { migrateDatabase } from '../core/db/startup.ts';
import { describeDatabase, runCli } from './cli-run.ts';

runCli('db:migrate', async () => {
  const config = loadConfig();
  const db = await openServerDatabase(config);
  try {
    console.log(`Database: ${describeDatabase(config)}`);
    const report = await migrateDatabase(db, config.migrationsDir);
    if (report.applied.length === 0) console.log('No pending migrations: the database is up to date.');
    for (const name of report.applied) console.log(`Applied migration ${name}${report.repaired.includes(name) ? ' (interrupted earlier; re-applied)' : ''}`);
    for (const name of report.changed) console.warn(`Warning: migration ${name} was edited after it was applied.`);
  } finally {
    await db.close();
  }
});

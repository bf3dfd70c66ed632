/**
 * `pnpm db:migrate`: applies pending migrations from prisma/migrations to the configured
 * database (DATABASE_URL → PostgreSQL, otherwise PGlite in DATA_DIR or <repo>/.data).
 */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../core/db/database.ts';
import { applyMigrations } from '../core/db/schema-engine.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    console.log(`Database: ${db.kind === 'embedded' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);
    const applied = await applyMigrations(db.adapterFactory, config.migrationsDir, config.prismaSchemaPath);
    if (applied.length === 0) console.log('No pending migrations: the database is up to date.');
    for (const name of applied) console.log(`Applied migration ${name}`);
  } finally {
    await db.close();
  }
}

// Exit explicitly: stray timers or pool sockets must not keep the process alive.
main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('Migration failed:', err);
    process.exit(1);
  },
);

import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './config.ts';
import { openDatabase } from './core/db/database.ts';
import { applyMigrations } from './core/db/schema-engine.ts';
import { createApp } from './app.ts';
import { bootstrapData } from './seed/bootstrap.ts';
import { startPoolSweeper } from './modules/pool/pool-sweeper.ts';
import { startContractSweeper } from './modules/contract/contract-sweeper.ts';

/** Start-up only: config, database, migrations, first data, HTTP, shutdown. */
async function main() {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  console.log(`Database: ${db.kind === 'embedded' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);

  const applied = await applyMigrations(db.adapterFactory, config.migrationsDir, config.prismaSchemaPath);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);

  const firstRun = await bootstrapData(db.prisma, config);
  const { app, services, stop } = await createApp(db, config);
  const stopSweeper = startPoolSweeper(services.pool, config.poolSweepMinutes);
  const stopContractSweeper = startContractSweeper(services.contractReminder, config.contractSweepMinutes);
  const server: Server = app.listen(config.port, () => {
    console.log(`Panorama is running at http://localhost:${config.port}  (GraphQL and GraphiQL at /graphql)`);
    if (firstRun) {
      console.log(`Sign in as ${config.seedAdminEmail} / ${config.seedAdminPassword === 'panorama-admin' ? 'panorama-admin' : '(SEED_ADMIN_PASSWORD)'}`);
      if (config.seedDemo) console.log('Demo users (password panorama-demo): see README.md, e.g. manager.north@panorama.local, rep.li@panorama.local');
    }
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down`);
    stopSweeper();
    stopContractSweeper();
    server.close();
    server.closeAllConnections(); // keep-alive clients must not hold the process open
    await stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

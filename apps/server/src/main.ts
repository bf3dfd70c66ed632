import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './config.ts';
import { openServerDatabase } from './core/db/server-database.ts';
import { prepareDatabase } from './core/db/startup.ts';
import { createApp } from './app.ts';
import { bootstrapData } from './seed/bootstrap.ts';
import { createJobRunner } from './modules/job/job-runner.module.ts';
import { trackConnections } from './core/http/http-drain.ts';
import { createShutdown } from './core/http/shutdown.ts';
import { createLogger, logLevel } from './core/log/logger.ts';

const log = createLogger(logLevel(process.env.LOG_LEVEL));

/** Start-up only: config, database, migrations, first data, HTTP, shutdown. */
async function main() {
  const config = loadConfig();
  const db = await openServerDatabase(config);
  log.info({ database: db.kind }, `Database: ${db.kind === 'embedded' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);

  // migrations and first-run data under one advisory lock: servers started together do them once
  const { migrations, seeded: firstRun } = await prepareDatabase(db, config.migrationsDir, () => bootstrapData(db.prisma, config));
  if (migrations.applied.length) log.info({ migrations: migrations.applied }, `Applied migrations: ${migrations.applied.join(', ')}`);
  const { app, services, stop } = await createApp(db, config, log);
  const jobs = config.jobRunner ? createJobRunner(db.prisma, services, config) : null;
  await jobs?.start();
  const server: Server = app.listen(config.port, () => {
    log.info({ port: config.port }, `Panorama is running at http://localhost:${config.port}  (GraphQL and GraphiQL at /graphql)`);
    if (firstRun) {
      log.info(`Sign in as ${config.seedAdminEmail} / ${config.seedAdminPassword === 'panorama-admin' ? 'panorama-admin' : '(SEED_ADMIN_PASSWORD)'}`);
      if (config.seedDemo) log.info('Demo users (password panorama-demo): see README.md, e.g. manager.north@panorama.local, rep.li@panorama.local');
    }
  });
  const connections = trackConnections(server);

  // SIGTERM/SIGINT: requests in flight get their answers and the running jobs finish their current
  // step (what is left is claimed again after its lease), both within the deadline; then the database closes.
  const shutdown = createShutdown(log, config.shutdownTimeoutMs);
  shutdown.add('requests and jobs', async (remainingMs) => {
    const [{ forced }] = await Promise.all([connections.drain(Date.now() + remainingMs), jobs?.stop(remainingMs)]);
    if (forced) log.warn({ forced }, 'connections cut at the shutdown deadline');
  });
  shutdown.add('graphql', stop);
  shutdown.add('database', () => db.close());
  shutdown.listen();
}

main().catch((err) => {
  log.fatal({ err }, `Start-up failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

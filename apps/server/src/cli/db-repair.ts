/**
 * `pnpm db:repair`: for a database whose start-up stops at a migration.
 *
 *   pnpm db:repair                        shows every migration's state and re-applies the
 *                                         pending and interrupted ones (each in one transaction)
 *   pnpm db:repair --applied <name>       an interrupted migration whose changes you finished by hand
 *   pnpm db:repair --rolled-back <name>   an interrupted migration whose changes you undid: it is
 *                                         applied again right away
 *
 * Migrations of this release cannot be left interrupted (each commits with its record);
 * "interrupted" rows come from earlier releases, which applied scripts statement by statement.
 */
import { loadConfig } from '../config.ts';
import { migrationStatus, resolveInterrupted } from '../core/db/migrator.ts';
import { openServerDatabase } from '../core/db/server-database.ts';
import { openSqlSession } from '../core/db/sql-session.ts';
import { migrateDatabase, withStartupLock } from '../core/db/startup.ts';
import { describeDatabase, runCli } from './cli-run.ts';

runCli('db:repair', async () => {
  const args = process.argv.slice(2);
  const flag = args.find((a) => a === '--applied' || a === '--rolled-back');
  const name = flag ? args[args.indexOf(flag) + 1] : undefined;
  if (flag && !name) {
    console.error('Usage: pnpm db:repair [--applied <migration> | --rolled-back <migration>]');
    return 2;
  }
  const config = loadConfig();
  const db = await openServerDatabase(config);
  try {
    console.log(`Database: ${describeDatabase(config)}`);
    if (flag && name) {
      const session = await openSqlSession(db.sqlTarget);
      try {
        const changed = await withStartupLock(session, () => resolveInterrupted(session, name, flag === '--applied' ? 'applied' : 'rolled-back'));
        if (!changed) {
          console.error(`Migration ${name} is not interrupted: nothing to resolve.`);
          return 1;
        }
        console.log(`Migration ${name} marked ${flag.slice(2)}.`);
      } finally {
        await session.close();
      }
    }
    const report = await migrateDatabase(db, config.migrationsDir).catch((err: Error) => {
      console.error(err.message);
      return null;
    });
    const session = await openSqlSession(db.sqlTarget);
    try {
      for (const m of await migrationStatus(session, config.migrationsDir)) console.log(`  ${m.state.padEnd(11)} ${m.name}`);
    } finally {
      await session.close();
    }
    if (!report) return 1;
    for (const applied of report.applied) console.log(`Applied migration ${applied}`);
    console.log('The database is up to date: the server can start.');
  } finally {
    await db.close();
  }
});

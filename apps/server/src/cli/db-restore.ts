/**
 * `pnpm db:restore <file> [--force]`: replaces the configured database with a backup made
 * by `pnpm db:backup` (see core/db/backup.ts). Stop the servers first; the next start
 * migrates a backup of an older release.
 */
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { restoreDatabase } from '../core/db/backup.ts';
import { describeDatabase, runCli } from './cli-run.ts';

runCli('db:restore', async () => {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: pnpm db:restore <file> [--force]');
    return 2;
  }
  const config = loadConfig();
  const from = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  console.log(`Restoring ${from} into ${describeDatabase(config)} …`);
  const { previous } = await restoreDatabase(config, from, { force: args.includes('--force') });
  if (previous) console.log(`The data it replaced is kept in ${previous} (delete it when you no longer need it).`);
  console.log('Restored. Start the server: it applies any migrations the backup predates.');
});

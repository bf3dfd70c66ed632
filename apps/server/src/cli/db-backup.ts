/**
 * `pnpm db:backup <file>`: a backup of the configured database (see core/db/backup.ts),
 * safe while the server runs.
 */
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { backupDatabase } from '../core/db/backup.ts';
import { describeDatabase, runCli } from './cli-run.ts';

runCli('db:backup', async () => {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: pnpm db:backup <file>   (e.g. pnpm db:backup backups/panorama-2026-12-03.gz)');
    return 2;
  }
  const config = loadConfig();
  const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  console.log(`Backing up ${describeDatabase(config)} …`);
  const { bytes } = await backupDatabase(config, out);
  console.log(`Wrote ${out} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
});

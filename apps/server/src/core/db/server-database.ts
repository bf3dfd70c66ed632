import type { PGlite } from '@electric-sql/pglite';
import type { Config } from '../../config.ts';
import { claimDataDir, type OwnerHandler } from './data-dir-owner.ts';
import { openDatabase, type Database } from './database.ts';

/**
 * The server's database. Embedded: the data directory is claimed first (a second process
 * on the same files is refused, not allowed to corrupt them), and the running server
 * answers `pnpm db:backup` through the owner socket; closing the database releases it.
 */
export async function openServerDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'dbTimeouts'>>): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ databaseUrl: config.databaseUrl, timeouts: config.dbTimeouts });
  const owner = await claimDataDir(config.dataDir, 'a Panorama server');
  let db: Database;
  try {
    db = await openDatabase({ dataDir: config.dataDir });
  } catch (err) {
    await owner.release();
    throw err;
  }
  owner.serve(answerBackups(db.sqlTarget.pglite!));
  return {
    ...db,
    close: async () => {
      await db.close();
      await owner.release();
    },
  };
}

/**
 * `backup` → the data directory as a gzipped tar. PGlite takes it between two statements
 * (never during one): a crash-consistent copy that opens like a database after a power
 * cut, with committed transactions only.
 */
export function answerBackups(pglite: PGlite): OwnerHandler {
  return async (command, reply) => {
    if (command !== 'backup') return void reply.end(`ERR unknown command ${command}\n`);
    const dump = await pglite.dumpDataDir('gzip');
    reply.write('OK\n');
    reply.end(Buffer.from(await dump.arrayBuffer()));
  };
}

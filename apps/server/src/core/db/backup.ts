/**
 * `pnpm db:backup <file>` and `pnpm db:restore <file>` for both databases.
 *
 * PostgreSQL: pg_dump's plain SQL, gzipped — a consistent snapshot taken while servers
 * run. Restore replays it with psql in ONE transaction after emptying the schema, so a
 * failed restore leaves the database as it was; servers must be stopped first (restore
 * refuses while other sessions are connected, unless forced).
 *
 * Embedded: the PGlite data directory as a gzipped tar. A running server is asked for it
 * over its owner socket (data-dir-owner.ts); with no server running the command opens the
 * directory itself. Restore needs the server stopped, unpacks into a new directory next to
 * the old one, checks it opens, then swaps the two (the old one is kept beside it).
 *
 * Either way a restored backup of an older release is migrated by the next start.
 * Files are written under a temporary name and renamed when complete.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { DbError } from './db.errors.ts';
import { askOwner, claimDataDir } from './data-dir-owner.ts';
import { openSqlSession } from './sql-session.ts';

export interface BackupTarget {
  databaseUrl?: string;
  dataDir: string;
}

type BackupKind = 'postgres-sql' | 'embedded-tar';

/** Writes a backup of the target to `file`; returns its kind and size in bytes. */
export async function backupDatabase(target: BackupTarget, file: string): Promise<{ kind: BackupKind; bytes: number }> {
  const partial = `${file}.partial`;
  try {
    const kind = target.databaseUrl ? await dumpPostgres(target.databaseUrl, partial) : await dumpEmbedded(target.dataDir, partial);
    fs.renameSync(partial, file);
    return { kind, bytes: fs.statSync(file).size };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

async function dumpPostgres(url: string, out: string): Promise<BackupKind> {
  fs.writeFileSync(out, '', { mode: 0o600 }); // it holds password hashes: readable by its owner only
  await run('pg_dump', ['--format=plain', '--no-owner', '--no-privileges', '--compress=6', `--file=${out}`, `--dbname=${url}`]);
  return 'postgres-sql';
}

async function dumpEmbedded(dataDir: string, out: string): Promise<BackupKind> {
  const fromServer = await askOwner(dataDir, 'backup');
  if (fromServer) {
    await pipeline(fromServer, fs.createWriteStream(out, { mode: 0o600 }));
    return 'embedded-tar';
  }
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new DbError('DB_BACKUP_INVALID', `No embedded database in ${dataDir}.`);
  const owner = await claimDataDir(dataDir, 'pnpm db:backup');
  try {
    const pglite = await PGlite.create(dataDir);
    try {
      fs.writeFileSync(out, Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()), { mode: 0o600 });
    } finally {
      await pglite.close();
    }
  } finally {
    await owner.release();
  }
  return 'embedded-tar';
}

/** Replaces the target's data with the backup in `file`. */
export async function restoreDatabase(target: BackupTarget, file: string, options: { force?: boolean } = {}): Promise<{ kind: BackupKind; previous?: string }> {
  const kind = await backupKind(file);
  if (target.databaseUrl) {
    if (kind !== 'postgres-sql') throw new DbError('DB_BACKUP_INVALID', `${file} is an embedded-database backup; DATABASE_URL selects PostgreSQL. Unset DATABASE_URL to restore it into DATA_DIR.`);
    await restorePostgres(target.databaseUrl, file, options.force ?? false);
    return { kind };
  }
  if (kind !== 'embedded-tar') throw new DbError('DB_BACKUP_INVALID', `${file} is a PostgreSQL backup; set DATABASE_URL to restore it into PostgreSQL.`);
  return { kind, previous: await restoreEmbedded(target.dataDir, file) };
}

/** Both kinds are gzip: a tar has "ustar" at byte 257, pg_dump's SQL starts with comments or SET. */
async function backupKind(file: string): Promise<BackupKind> {
  if (!fs.existsSync(file)) throw new DbError('DB_BACKUP_INVALID', `No such backup file: ${file}`);
  const head = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const gunzip = createGunzip();
    const input = fs.createReadStream(file);
    const done = () => {
      input.destroy();
      gunzip.destroy();
      resolve(Buffer.concat(chunks));
    };
    gunzip.on('data', (c: Buffer) => {
      chunks.push(c);
      if ((size += c.length) >= 512) done();
    });
    gunzip.on('end', done);
    gunzip.on('error', () => reject(new DbError('DB_BACKUP_INVALID', `${file} is not a Panorama backup (not gzip).`)));
    input.on('error', reject);
    input.pipe(gunzip);
  });
  if (head.subarray(257, 262).toString('latin1') === 'ustar') return 'embedded-tar';
  if (/^(--|SET |\\restrict )/.test(head.toString('utf8'))) return 'postgres-sql';
  throw new DbError('DB_BACKUP_INVALID', `${file} is not a Panorama backup.`);
}

async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  const session = await openSqlSession({ databaseUrl: url });
  try {
    const others = await session.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    if (others[0]!.n > 0 && !force) {
      throw new DbError(
        'DB_DATA_DIR_IN_USE',
        `${others[0]!.n} other session(s) are connected to this database: stop the Panorama servers first (or pass --force).`,
      );
    }
  } finally {
    await session.close();
  }
  // One transaction: the old schema goes and the backup comes in, or nothing changes.
  const child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', `--dbname=${url}`], { stdio: ['pipe', 'ignore', 'pipe'] });
  const exited = exitOf(child, 'psql');
  child.stdin.write('DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n');
  const fed = pipeline(fs.createReadStream(file), createGunzip(), child.stdin);
  const [feeding, exit] = await Promise.allSettled([fed, exited]);
  if (exit.status === 'rejected') throw exit.reason; // psql's own message, not the broken pipe it causes
  if (feeding.status === 'rejected') throw feeding.reason;
}

/** Unpacks into a sibling directory, opens it once, then swaps; returns where the old data now is. */
async function restoreEmbedded(dataDir: string, file: string): Promise<string | undefined> {
  const owner = await claimDataDir(dataDir, 'pnpm db:restore');
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const incoming = `${path.resolve(dataDir)}.restoring-${stamp}`;
  const previous = `${path.resolve(dataDir)}.before-restore-${stamp}`;
  try {
    fs.rmSync(incoming, { recursive: true, force: true });
    const pglite = await PGlite.create(incoming, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      await pglite.query('SELECT 1'); // opens like a database (WAL replayed to its last commit)
    } finally {
      await pglite.close();
    }
    const hadData = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
    if (hadData) fs.renameSync(dataDir, previous);
    else fs.rmSync(dataDir, { recursive: true, force: true });
    fs.renameSync(incoming, dataDir);
    return hadData ? previous : undefined;
  } finally {
    fs.rmSync(incoming, { recursive: true, force: true });
    await owner.release();
  }
}

function run(command: string, args: string[]): Promise<void> {
  return exitOf(spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] }), command);
}

function exitOf(child: ReturnType<typeof spawn>, command: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new DbError('DB_BACKUP_INVALID', `${command} is not installed (Debian: apt-get install postgresql-client).`) : err),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

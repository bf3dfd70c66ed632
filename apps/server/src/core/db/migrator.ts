/**
 * Applies prisma/migrations to a database, each migration atomically with its
 * bookkeeping: the script and its `_prisma_migrations` row commit in one transaction
 * (PostgreSQL DDL is transactional), so a process killed mid-migration leaves either the
 * whole migration or none of it, never the unfinished row that made Prisma refuse to
 * start (P3009). Same table and checksums as `prisma migrate deploy`, so both tools read
 * each other's history.
 *
 * An unfinished row left by an earlier release (which applied scripts statement by
 * statement) is retried in a transaction; if its partial effects make that fail, start-up
 * refuses and `pnpm db:repair` resolves it by hand.
 */
import { randomUUID } from 'node:crypto';
import { DbError } from './db.errors.ts';
import { readMigrationFiles, type MigrationFile } from './migration-files.ts';
import type { SqlSession } from './sql-session.ts';

const TABLE = '"_prisma_migrations"';

// Prisma's own definition, so `prisma migrate` and older Panorama builds keep working on it.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished: boolean;
}

export type MigrationState = 'applied' | 'pending' | 'interrupted' | 'unknown';

export interface MigrationReport {
  /** Migrations applied by this run, in order. */
  applied: string[];
  /** Of those, the ones an earlier release had left unfinished. */
  repaired: string[];
  /** Applied migrations whose file changed since (Prisma warns about these too). */
  changed: string[];
}

/** Applies every pending migration of `migrationsDir`; refuses a database migrated by a newer build. */
export async function migrate(session: SqlSession, migrationsDir: string): Promise<MigrationReport> {
  const files = await readMigrationFiles(migrationsDir);
  await session.exec(CREATE_TABLE);
  const rows = await liveRows(session);
  refuseNewer(rows, files);
  const done = new Map(rows.filter((r) => r.finished).map((r) => [r.migration_name, r]));
  const report: MigrationReport = { applied: [], repaired: [], changed: [] };
  for (const file of files) {
    const row = done.get(file.name);
    if (row) {
      if (row.checksum !== file.checksum) report.changed.push(file.name);
      continue;
    }
    const stale = rows.filter((r) => r.migration_name === file.name && !r.finished).map((r) => r.id);
    try {
      await applyOne(session, file, stale);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (stale.length) {
        throw new DbError(
          'DB_MIGRATION_INTERRUPTED',
          `Migration ${file.name} was interrupted by an earlier Panorama and re-applying it failed (${reason}); the database is unchanged. ` +
            `Restore a backup, or finish the migration by hand and run \`pnpm db:repair --applied ${file.name}\` ` +
            `(or undo its partial changes and run \`pnpm db:repair --rolled-back ${file.name}\`).`,
        );
      }
      throw new DbError('DB_MIGRATION_FAILED', `Migration ${file.name} failed and was rolled back, nothing of it is applied: ${reason}`);
    }
    report.applied.push(file.name);
    if (stale.length) report.repaired.push(file.name);
  }
  return report;
}

/** The script and its bookkeeping row in one transaction; an interrupted earlier attempt is marked rolled back in it too. */
async function applyOne(session: SqlSession, file: MigrationFile, staleIds: string[]): Promise<void> {
  await session.transaction(async (tx) => {
    const startedAt = new Date();
    await tx.exec(file.sql);
    if (staleIds.length) {
      await tx.query(
        `UPDATE ${TABLE} SET rolled_back_at = now(), logs = coalesce(logs || E'\\n', '') || 'Interrupted; re-applied in one transaction by Panorama' WHERE id = ANY($1)`,
        [staleIds],
      );
    }
    await tx.query(
      `INSERT INTO ${TABLE} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), file.checksum, file.name, startedAt],
    );
  });
}

/** Rows that count: neither rolled back nor resolved away. */
async function liveRows(session: SqlSession): Promise<MigrationRow[]> {
  return session.query<MigrationRow>(
    `SELECT id, migration_name, checksum, finished_at IS NOT NULL AS finished FROM ${TABLE} WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
}

function refuseNewer(rows: MigrationRow[], files: MigrationFile[]): void {
  const known = new Set(files.map((f) => f.name));
  const unknown = [...new Set(rows.map((r) => r.migration_name).filter((n) => !known.has(n)))].sort();
  if (!unknown.length) return;
  const newestKnown = files.at(-1)?.name ?? '(none)';
  const newestUnknown = unknown.at(-1)!;
  throw new DbError(
    'DB_NEWER_THAN_BUILD',
    newestUnknown > newestKnown
      ? `This database was migrated by a newer Panorama (migration ${newestUnknown}); this build knows up to ${newestKnown}. ` +
          'Start the newer release or restore a backup.'
      : `This database has migration ${newestUnknown}, which this build does not know (it knows up to ${newestKnown}): ` +
          'it was migrated by a different build. Start that build or restore a backup.',
  );
}

/** Every migration, local or recorded, with its state (for `pnpm db:repair`). */
export async function migrationStatus(session: SqlSession, migrationsDir: string): Promise<{ name: string; state: MigrationState }[]> {
  const files = await readMigrationFiles(migrationsDir);
  await session.exec(CREATE_TABLE);
  const rows = await liveRows(session);
  const names = [...new Set([...files.map((f) => f.name), ...rows.map((r) => r.migration_name)])].sort();
  const known = new Set(files.map((f) => f.name));
  return names.map((name) => {
    const mine = rows.filter((r) => r.migration_name === name);
    const state: MigrationState = !known.has(name) ? 'unknown' : mine.some((r) => r.finished) ? 'applied' : mine.length ? 'interrupted' : 'pending';
    return { name, state };
  });
}

/**
 * Resolves an interrupted migration by hand, as `prisma migrate resolve` does: 'applied'
 * when the operator finished its changes, 'rolled-back' when they undid them (it is then
 * applied again on the next start). Returns how many rows changed (0: nothing was interrupted).
 */
export async function resolveInterrupted(session: SqlSession, name: string, as: 'applied' | 'rolled-back'): Promise<number> {
  await session.exec(CREATE_TABLE);
  const rows = await session.query<{ id: string }>(
    as === 'applied'
      ? `UPDATE ${TABLE} SET finished_at = now(), logs = coalesce(logs || E'\\n', '') || 'Marked applied with pnpm db:repair' WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL RETURNING id`
      : `UPDATE ${TABLE} SET rolled_back_at = now(), logs = coalesce(logs || E'\\n', '') || 'Marked rolled back with pnpm db:repair' WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL RETURNING id`,
    [name],
  );
  return rows.length;
}

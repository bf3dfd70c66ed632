import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const MIGRATION_FILE = 'migration.sql';

export interface MigrationFile {
  /** The folder name, e.g. 20261125051437_init; migrations apply in this order. */
  name: string;
  sql: string;
  /** SHA-256 of the file, hex: the checksum Prisma records in `_prisma_migrations`. */
  checksum: string;
}

/** The migrations of a Prisma migrations folder, sorted by name as the Prisma CLI sorts them. */
export async function readMigrationFiles(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const bytes = await fs.readFile(path.join(migrationsDir, name, MIGRATION_FILE));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    }),
  );
}

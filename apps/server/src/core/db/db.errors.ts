/** Why start-up (migrations, seeding) or a backup command refused to go on. */
export type DbErrorCode =
  /** The database holds migrations this build does not know: a newer release migrated it. */
  | 'DB_NEWER_THAN_BUILD'
  /** An earlier release was interrupted in a migration and it cannot be re-applied cleanly. */
  | 'DB_MIGRATION_INTERRUPTED'
  /** A migration's SQL failed; it was rolled back and nothing of it is recorded. */
  | 'DB_MIGRATION_FAILED'
  /** The embedded data directory is in use by another process. */
  | 'DB_DATA_DIR_IN_USE'
  /** A backup file that does not fit the configured database, or a missing tool. */
  | 'DB_BACKUP_INVALID';

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

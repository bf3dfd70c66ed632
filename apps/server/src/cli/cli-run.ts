import { DbError } from '../core/db/db.errors.ts';

/**
 * Runs a CLI's main and exits explicitly (stray timers or pool sockets must not keep the
 * process alive). A DbError prints as its message alone: it already says what to do.
 */
export function runCli(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (err: unknown) => {
      if (err instanceof DbError) console.error(`${name}: ${err.message}`);
      else console.error(`${name} failed:`, err);
      process.exit(1);
    },
  );
}

/** How the CLIs name the configured database. */
export function describeDatabase(config: { databaseUrl?: string; dataDir: string }): string {
  return config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
}

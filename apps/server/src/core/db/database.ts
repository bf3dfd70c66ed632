import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { preparedStatementName } from './prepared.ts';
import type { SqlTarget } from './sql-session.ts';

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  /** Factory for the WebAssembly schema engine (migrations). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  kind: 'embedded' | 'postgres';
  /** What start-up work (migrations, locks, backups) connects to outside Prisma. */
  sqlTarget: SqlTarget;
  /** Calls `listener` once per SQL statement (for metrics and the benchmark). */
  onQuery(listener: () => void): void;
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… selects a real PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data directory, or 'memory://' for a throw-away database. */
  dataDir?: string;
  /** An embedded database already opened (tests load a migrated template into one). */
  pglite?: PGlite;
  /** PostgreSQL only: how long the app's queries may wait for the server (defaults: DEFAULT_TIMEOUTS). */
  timeouts?: Partial<DatabaseTimeouts>;
}

/**
 * Limits that keep a down or frozen PostgreSQL from holding requests for as long as it is
 * down: a new connection must be up within `connectMs` (also the longest wait for a free pool
 * connection), a statement may run `statementMs` (the server cancels it; the client gives up
 * STATEMENT_GRACE_MS later when no answer comes back at all, as from a frozen server), and a
 * transaction left idle `idleInTransactionMs` is ended by the server, releasing its locks.
 */
export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  idleInTransactionMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 30_000, idleInTransactionMs: 60_000 };
const STATEMENT_GRACE_MS = 2_000;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const poolConfig = {
      connectionString: options.databaseUrl,
      max: Number(process.env.DB_POOL_SIZE ?? 10),
      // JIT compilation costs 70–120 ms per large aggregate and never pays back on dashboard-sized queries.
      options: '-c jit=off',
      connectionTimeoutMillis: timeouts.connectMs,
      keepAlive: true,
    };
    // typed as always naming; the adapter passes undefined on to pg, which then sends an unnamed statement
    const adapterOptions = { statementNameGenerator: preparedStatementName as (query: { sql: string }) => string };
    // migrations (schema engine) may rewrite a large table: no statement limits on their connections
    const adapterFactory = new PrismaPg(poolConfig, adapterOptions);
    const prisma = newClient(
      new PrismaPg(
        {
          ...poolConfig,
          statement_timeout: timeouts.statementMs,
          query_timeout: timeouts.statementMs + STATEMENT_GRACE_MS,
          idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
        },
        adapterOptions,
      ),
    );
    return {
      prisma,
      adapterFactory,
      kind: 'postgres',
      sqlTarget: { databaseUrl: options.databaseUrl },
      onQuery: (listener) => onQuery(prisma, listener),
      ping: async () => void (await prisma.$queryRawUnsafe('SELECT 1')),
      close: () => prisma.$disconnect(),
    };
  }
  const dir = options.dataDir ?? 'memory://';
  if (!options.pglite && !dir.startsWith('memory://')) fs.mkdirSync(dir, { recursive: true });
  const pglite = options.pglite ?? (await PGlite.create(dir));
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = newClient(adapterFactory);
  return {
    prisma,
    adapterFactory,
    kind: 'embedded',
    sqlTarget: { pglite },
    onQuery: (listener) => onQuery(prisma, listener),
    ping: async () => void (await pglite.query('SELECT 1')),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

function newClient(adapter: SqlMigrationAwareDriverAdapterFactory): PrismaClient {
  // searchTokens only serve the WHERE of searches: never read them back (they are the
  // biggest column). The cast keeps one client type for the app; nothing reads them.
  return new PrismaClient({
    adapter,
    log: [{ emit: 'event', level: 'query' }],
    omit: { customer: { searchTokens: true }, contact: { searchTokens: true } },
  }) as unknown as PrismaClient;
}

function onQuery(prisma: PrismaClient, listener: () => void): void {
  (prisma as unknown as { $on(event: 'query', cb: () => void): void }).$on('query', listener);
}

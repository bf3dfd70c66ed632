import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TIMEOUTS, type DatabaseTimeouts } from './core/db/database.ts';
import { logLevel, type LogLevel } from './core/log/logger.ts';

/** Repository root: apps/server/{src,dist}/config.* → three levels up. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Config {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  production: boolean;
  migrationsDir: string;
  prismaSchemaPath: string;
  webDistDir: string;
  seedAdminEmail: string;
  seedAdminPassword: string;
  seedDemo: boolean;
  sessionTtlHours: number;
  /** Sign-in attempts allowed per client address, and per email (existing or not), in each window; successful ones do not count. */
  signInLimitPerIp: number;
  signInLimitPerAccount: number;
  signInLimitWindowMinutes: number;
  /** Express `trust proxy`: which proxies' X-Forwarded-For decides the client address (req.ip). */
  trustProxy: boolean | number | string;
  /** How often idle customers are returned to the pool (the idle limit itself is a pool setting). */
  poolSweepMinutes: number;
  /** How often contract renewal reminders are created (0 = off). */
  contractSweepMinutes: number;
  /** Whether this process runs background jobs (core/jobs); every process may enqueue them. */
  jobRunner: boolean;
  /** How often the job queue is polled when idle (a local enqueue wakes it earlier). */
  jobPollMs: number;
  /** Jobs one process runs at once. */
  jobConcurrency: number;
  /** How long a claimed job stays with its worker without a heartbeat before another process takes it over. */
  jobLeaseSeconds: number;
  /** Succeeded and cancelled jobs are deleted after this many days. */
  jobRetentionDays: number;
  /** SMTP server for notification emails (smtp://user:pass@host:587); none sent without it. */
  smtpUrl?: string;
  mailFrom: string;
  /** The address people open Panorama at, for links in emails. */
  publicUrl: string;
  /** How often the webhook job plans new events and sends due deliveries. */
  webhookPollMs: number;
  graphiql: boolean;
  introspection: boolean;
  /** Log lines at this level and above go to stdout as JSON (fatal, error, warn, info, debug, trace, silent). */
  logLevel: LogLevel;
  /** PostgreSQL connect, statement and idle-in-transaction limits (a down or frozen database answers 503, not a hang). */
  dbTimeouts: DatabaseTimeouts;
  /** Retry-After (seconds) sent with 503 DATABASE_UNAVAILABLE. */
  dbRetryAfterSeconds: number;
  /** /readyz answers 503 when the database has not answered within this long. */
  readyTimeoutMs: number;
  /** SIGTERM/SIGINT: in-flight requests and the running jobs' current step get this long before they are cut. */
  shutdownTimeoutMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data')),
    production,
    migrationsDir: path.join(repoRoot, 'prisma', 'migrations'),
    prismaSchemaPath: path.join(repoRoot, 'prisma', 'schema.prisma'),
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? path.join(repoRoot, 'apps', 'web', 'dist')),
    seedAdminEmail: env.SEED_ADMIN_EMAIL ?? 'admin@panorama.local',
    seedAdminPassword: env.SEED_ADMIN_PASSWORD ?? 'panorama-admin',
    seedDemo: env.SEED_DEMO !== 'false',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 24 * 7),
    signInLimitPerIp: Number(env.SIGNIN_LIMIT_PER_IP ?? 20),
    signInLimitPerAccount: Number(env.SIGNIN_LIMIT_PER_ACCOUNT ?? 10),
    signInLimitWindowMinutes: Number(env.SIGNIN_LIMIT_WINDOW_MINUTES ?? 10),
    trustProxy: trustProxy(env.TRUST_PROXY ?? 'loopback'),
    poolSweepMinutes: Number(env.POOL_SWEEP_MINUTES ?? 15),
    contractSweepMinutes: Number(env.CONTRACT_SWEEP_MINUTES ?? 60),
    jobRunner: env.JOB_RUNNER !== 'false',
    jobPollMs: Number(env.JOB_POLL_MS ?? 1000),
    jobConcurrency: Number(env.JOB_CONCURRENCY ?? 4),
    jobLeaseSeconds: Number(env.JOB_LEASE_SECONDS ?? 300),
    jobRetentionDays: Number(env.JOB_RETENTION_DAYS ?? 7),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Panorama <panorama@localhost>',
    webhookPollMs: Number(env.WEBHOOK_POLL_MS ?? 1000),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 4000}`).replace(/\/$/, ''),
    graphiql: env.GRAPHIQL ? env.GRAPHIQL !== 'false' : true,
    introspection: env.INTROSPECTION ? env.INTROSPECTION !== 'false' : true,
    logLevel: logLevel(env.LOG_LEVEL),
    dbTimeouts: {
      connectMs: Number(env.DB_CONNECT_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.connectMs),
      statementMs: Number(env.DB_STATEMENT_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.statementMs),
      idleInTransactionMs: Number(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.idleInTransactionMs),
    },
    dbRetryAfterSeconds: Number(env.DB_RETRY_AFTER_SECONDS ?? 5),
    readyTimeoutMs: Number(env.READY_TIMEOUT_MS ?? 2000),
    shutdownTimeoutMs: Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000),
  };
}

/** `true`/`false`, a number of hops, or addresses and subnets ("loopback, 10.0.0.0/8"), as Express takes them. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  graphiql: boolean;
  introspection: boolean;
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
    graphiql: env.GRAPHIQL ? env.GRAPHIQL !== 'false' : true,
    introspection: env.INTROSPECTION ? env.INTROSPECTION !== 'false' : true,
  };
}

/** `true`/`false`, a number of hops, or addresses and subnets ("loopback, 10.0.0.0/8"), as Express takes them. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

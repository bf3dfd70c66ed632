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
    webDistDir: path.join(repoRoot, 'apps', 'web', 'dist'),
    seedAdminEmail: env.SEED_ADMIN_EMAIL ?? 'admin@panorama.local',
    seedAdminPassword: env.SEED_ADMIN_PASSWORD ?? 'panorama-admin',
    seedDemo: env.SEED_DEMO !== 'false',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 24 * 7),
    poolSweepMinutes: Number(env.POOL_SWEEP_MINUTES ?? 15),
    contractSweepMinutes: Number(env.CONTRACT_SWEEP_MINUTES ?? 60),
    graphiql: env.GRAPHIQL ? env.GRAPHIQL !== 'false' : true,
    introspection: env.INTROSPECTION ? env.INTROSPECTION !== 'false' : true,
  };
}

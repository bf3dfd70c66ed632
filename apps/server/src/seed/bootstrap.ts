import type { Config } from '../config.ts';
import type { Db } from '../core/db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { hashPassword } from '../core/auth/password.ts';
import { newId } from '../core/ids.ts';
import { seedDemo } from './demo.ts';
import { ensureDefaultStages } from './pipeline-stages.ts';
import { ensureDefaultRates } from './currency-rates.ts';

/** Written in the same transaction as the first-run data: its presence, not "a user exists", means set-up is done. */
export const SETUP_COMPLETED_KEY = 'system.setupCompleted';

/** The first-run data is one transaction; demo seeding takes seconds, far below this. */
const SEED_TIMEOUT_MS = 15 * 60_000;

/**
 * On the first start: the first admin from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD and,
 * unless SEED_DEMO=false, the demo company, all in one transaction that also records
 * SETUP_COMPLETED_KEY; a start killed half-way leaves nothing, and the next start seeds
 * again. Returns whether this was the first start. Every start makes sure a pipeline
 * (and, once, example currency rates) exists. Run it under the start-up lock
 * (core/db/startup.ts) so that servers starting together seed once.
 */
export async function bootstrapData(db: Db, config: Pick<Config, 'seedAdminEmail' | 'seedAdminPassword' | 'seedDemo'>): Promise<boolean> {
  await ensureDefaultStages(db);
  await ensureDefaultRates(db);
  if (await db.setting.findUnique({ where: { key: SETUP_COMPLETED_KEY } })) return false;
  if ((await db.user.count()) > 0) {
    // Set up by a release from before the marker, whose set-up ended with its users: keep it as it is.
    await db.setting.create({ data: { key: SETUP_COMPLETED_KEY, value: { at: new Date().toISOString(), by: 'an earlier release' } } });
    return false;
  }
  await db.$transaction(
    async (tx) => {
      const rootId = newId();
      await tx.department.create({ data: { id: rootId, name: '总公司 Head Office', path: `/${rootId}/` } });
      await tx.user.create({
        data: {
          id: newId(),
          email: config.seedAdminEmail.trim().toLowerCase(),
          name: 'Administrator',
          role: 'ADMIN',
          passwordHash: await hashPassword(config.seedAdminPassword),
          departmentId: rootId,
        },
      });
      if (config.seedDemo) await seedDemo(inTransaction(tx), rootId);
      await tx.setting.create({ data: { key: SETUP_COMPLETED_KEY, value: { at: new Date().toISOString(), demo: config.seedDemo } } });
    },
    { timeout: SEED_TIMEOUT_MS, maxWait: 60_000 },
  );
  return true;
}

/**
 * The transaction's client where the seed functions expect the full client: a
 * `$transaction` they open joins the surrounding one (Prisma has no nested transactions).
 */
function inTransaction(tx: Prisma.TransactionClient): Db {
  const joined = (work: ((t: Prisma.TransactionClient) => Promise<unknown>) | Promise<unknown>[]) =>
    typeof work === 'function' ? work(tx) : Promise.all(work);
  return new Proxy(tx, { get: (target, key) => (key === '$transaction' ? joined : Reflect.get(target, key)) }) as unknown as Db;
}

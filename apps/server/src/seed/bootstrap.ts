import type { Config } from '../config.ts';
import type { Db } from '../core/db/database.ts';
import { hashPassword } from '../core/auth/password.ts';
import { newId } from '../core/ids.ts';
import { seedDemo } from './demo.ts';
import { ensureDefaultStages } from './pipeline-stages.ts';
import { ensureDefaultRates } from './currency-rates.ts';

/**
 * On the first start (no users yet): the first admin from SEED_ADMIN_EMAIL /
 * SEED_ADMIN_PASSWORD, and unless SEED_DEMO=false, the demo company. Returns
 * whether this was the first start. Every start makes sure a pipeline (and, once, example currency rates) exists.
 */
export async function bootstrapData(db: Db, config: Pick<Config, 'seedAdminEmail' | 'seedAdminPassword' | 'seedDemo'>): Promise<boolean> {
  await ensureDefaultStages(db);
  await ensureDefaultRates(db);
  if ((await db.user.count()) > 0) return false;
  const rootId = newId();
  await db.department.create({ data: { id: rootId, name: '总公司 Head Office', path: `/${rootId}/` } });
  await db.user.create({
    data: {
      id: newId(),
      email: config.seedAdminEmail.trim().toLowerCase(),
      name: 'Administrator',
      role: 'ADMIN',
      passwordHash: await hashPassword(config.seedAdminPassword),
      departmentId: rootId,
    },
  });
  if (config.seedDemo) await seedDemo(db, rootId);
  return true;
}

import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import { systemClient } from '../../core/access/scoped-client.ts';

/**
 * Company-wide settings, one JSON value per key. Readable by every signed-in user; written by
 * admins. The Setting rule is system-only: the services that own a setting decide who reads
 * and writes it (permissions at their resolvers), so both queries are system ones.
 */
export class SettingsRepository {
  constructor(private readonly db: Db) {}

  async get<T>(key: string, fallback: T): Promise<T> {
    const system = systemClient(this.db, 'company settings: a company-wide value (base currency, pool limits, lead routing) its owning service reads');
    const row = await system.setting.findUnique({ where: { key } });
    return row ? (row.value as T) : fallback;
  }

  async set(key: string, value: Prisma.InputJsonValue): Promise<void> {
    const system = systemClient(this.db, 'company settings: written by the owning service after its resolver checked the admin permission');
    await system.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }
}

import type { Db } from '../../core/db/database.ts';
import type { Partner } from './partner.type.ts';

/** Partner companies as reference data for staff (who may read users); partner users never reach it. */
export class PartnerRepository {
  constructor(private readonly db: Db) {}

  async exists(id: string): Promise<boolean> {
    return (await this.db.partner.count({ where: { id } })) > 0;
  }

  findByIds(ids: readonly string[]): Promise<Partner[]> {
    return this.db.partner.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  }
}

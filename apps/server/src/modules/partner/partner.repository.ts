import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient } from '../../core/access/scoped-client.ts';
import type { Partner } from './partner.type.ts';

/** Partner companies as reference data for staff (who may read users); a partner user sees only their own company. */
export class PartnerRepository {
  constructor(private readonly db: Db) {}

  /** Whether the scope sees a partner company with this id (an admin linking a partner user). */
  async exists(scope: Scope, id: string): Promise<boolean> {
    return (await scopedClient(this.db, scope).partner.count({ where: { id } })) > 0;
  }

  /** Batch lookup for loaders: only the visible ones come back. */
  findByIds(scope: Scope, ids: readonly string[]): Promise<Partner[]> {
    return scopedClient(this.db, scope).partner.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  }
}

import type { Db } from '../../core/db/database.ts';
import type { Territory } from './territory.type.ts';

/** Territories are reference data every staff member may read. */
export class TerritoryRepository {
  constructor(private readonly db: Db) {}

  async exists(id: string): Promise<boolean> {
    return (await this.db.territory.count({ where: { id } })) > 0;
  }

  findAll(): Promise<Territory[]> {
    return this.db.territory.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, parentId: true } });
  }

  findByIds(ids: readonly string[]): Promise<Territory[]> {
    return this.db.territory.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, parentId: true } });
  }
}

import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Territory } from './territory.type.ts';
import { territorySubtreeSql } from './territory.sql.ts';

export type Tx = Prisma.TransactionClient;
const select = { id: true, name: true, parentId: true, version: true } as const;

/** The ids of a territory and everything below it (for Prisma `in` filters); territories are reference data. */
export async function territorySubtreeIds(db: Db | Tx, territoryId: string): Promise<string[]> {
  return (await db.$queryRaw<{ id: string }[]>`SELECT sub.id FROM ${territorySubtreeSql(territoryId)} AS sub`).map((r) => r.id);
}

export interface TerritoryUsage {
  children: number;
  customers: number;
  leads: number;
  reps: number;
}

/**
 * Territories are reference data every staff member may read (no Scope for the tree itself);
 * the counts and amounts inside them are always scoped to the viewer.
 */
export class TerritoryRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.territory.count({ where: { id } })) > 0;
  }

  findAll(): Promise<Territory[]> {
    return this.db.territory.findMany({ orderBy: { name: 'asc' }, select });
  }

  findByIds(ids: readonly string[]): Promise<Territory[]> {
    return this.db.territory.findMany({ where: { id: { in: [...ids] } }, select });
  }

  findById(id: string, tx: Tx | Db = this.db): Promise<Territory | null> {
    return tx.territory.findUnique({ where: { id }, select });
  }

  /** The ids of a territory and everything below it (for Prisma `in` filters). */
  async subtreeIds(id: string, tx: Tx | Db = this.db): Promise<string[]> {
    return territorySubtreeIds(tx, id);
  }

  /** Whether a sibling (same parent, other id) already has this name, case-insensitively. */
  async siblingNamed(tx: Tx, parentId: string | null, name: string, excludeId: string | null): Promise<boolean> {
    const n = await tx.territory.count({
      where: { parentId, name: { equals: name, mode: 'insensitive' }, ...(excludeId ? { id: { not: excludeId } } : {}) },
    });
    return n > 0;
  }

  async create(tx: Tx, data: { id: string; name: string; parentId: string | null }): Promise<Territory> {
    return tx.territory.create({ data, select });
  }

  /** Updates only when `version` still matches; null otherwise. */
  async updateVersioned(tx: Tx, id: string, version: number, data: { name?: string; parentId?: string | null }): Promise<Territory | null> {
    const { count } = await tx.territory.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count === 0 ? null : tx.territory.findUniqueOrThrow({ where: { id }, select });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.territory.delete({ where: { id } });
  }

  /** What keeps a territory from being deleted: child territories, live customers, live leads, reps. */
  async usage(tx: Tx, id: string): Promise<TerritoryUsage> {
    const [children, customers, leads, reps] = await Promise.all([
      tx.territory.count({ where: { parentId: id } }),
      tx.customer.count({ where: { territoryId: id, deletedAt: null } }),
      tx.lead.count({ where: { territoryId: id, deletedAt: null } }),
      tx.userTerritory.count({ where: { territoryId: id } }),
    ]);
    return { children, customers, leads, reps };
  }

  /** Rep user ids per territory, for these territories. */
  async repIds(territoryIds: readonly string[], tx: Tx | Db = this.db): Promise<Map<string, string[]>> {
    const rows = await tx.userTerritory.findMany({ where: { territoryId: { in: [...territoryIds] } }, orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }] });
    const map = new Map<string, string[]>(territoryIds.map((id) => [id, []]));
    for (const r of rows) map.get(r.territoryId)?.push(r.userId);
    return map;
  }

  async replaceReps(tx: Tx, territoryId: string, userIds: readonly string[]): Promise<void> {
    await tx.userTerritory.deleteMany({ where: { territoryId, userId: { notIn: [...userIds] } } });
    await tx.userTerritory.createMany({ data: userIds.map((userId) => ({ userId, territoryId })), skipDuplicates: true });
  }

  /** Active staff (not partner users) among these ids. */
  async activeStaff(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.user.findMany({ where: { id: { in: [...ids] }, active: true, role: { not: 'PARTNER' } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** Moves these customers into the territory (version bumped); audit is the caller's. */
  async setCustomersTerritory(tx: Tx, customerIds: readonly string[], territoryId: string): Promise<void> {
    await tx.customer.updateMany({ where: { id: { in: [...customerIds] } }, data: { territoryId, version: { increment: 1 } } });
  }
}

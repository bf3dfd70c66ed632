import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import type { Territory } from './territory.type.ts';
import { territorySubtreeSql } from './territory.sql.ts';

export type Tx = Prisma.TransactionClient;
const select = { id: true, name: true, parentId: true, version: true } as const;

/**
 * The ids of a territory and everything below it (for Prisma `in` filters). The whole tree
 * is walked: the ids only narrow a query that carries its own scope, or check a move for cycles.
 */
export async function territorySubtreeIds(db: Db | Tx, territoryId: string): Promise<string[]> {
  const system = systemClient(db, 'territory subtree ids: they only narrow a scoped query or check a move for cycles');
  return (await system.$queryRaw<{ id: string }[]>`SELECT sub.id FROM ${territorySubtreeSql(territoryId)} AS sub`).map((r) => r.id);
}

export interface TerritoryUsage {
  children: number;
  customers: number;
  leads: number;
  reps: number;
}

/**
 * Territories are reference data every staff member may read (core/access: no partner user);
 * the counts and amounts inside them are always scoped to the viewer.
 */
export class TerritoryRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  /** Whether the territory a record or a parent names exists (a reference check, whoever asks). */
  async exists(id: string): Promise<boolean> {
    const system = systemClient(this.db, 'reference check: does the territory a record names exist');
    return (await system.territory.count({ where: { id } })) > 0;
  }

  findAll(scope: Scope): Promise<Territory[]> {
    return scopedClient(this.db, scope).territory.findMany({ orderBy: { name: 'asc' }, select });
  }

  findByIds(scope: Scope, ids: readonly string[]): Promise<Territory[]> {
    return scopedClient(this.db, scope).territory.findMany({ where: { id: { in: [...ids] } }, select });
  }

  findById(scope: Scope, id: string): Promise<Territory | null> {
    return scopedClient(this.db, scope).territory.findUnique({ where: { id }, select });
  }

  /** The ids of a territory and everything below it (a move's cycle check). */
  async subtreeIds(id: string): Promise<string[]> {
    return territorySubtreeIds(this.db, id);
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

  /**
   * What keeps a territory from being deleted: child territories, live customers, live leads,
   * reps — every one of them, not only those the deleting admin sees (in the caller's transaction).
   */
  async usage(tx: Tx, id: string): Promise<TerritoryUsage> {
    const system = systemClient(tx, 'territory delete check: customers, leads and reps of every owner keep it in use');
    const [children, customers, leads, reps] = await Promise.all([
      system.territory.count({ where: { parentId: id } }),
      system.customer.count({ where: { territoryId: id, deletedAt: null } }),
      system.lead.count({ where: { territoryId: id, deletedAt: null } }),
      system.userTerritory.count({ where: { territoryId: id } }),
    ]);
    return { children, customers, leads, reps };
  }

  /** Rep user ids per territory, for these territories. */
  async repIds(scope: Scope, territoryIds: readonly string[], tx?: Tx): Promise<Map<string, string[]>> {
    const rows = await (tx ?? scopedClient(this.db, scope)).userTerritory.findMany({ where: { territoryId: { in: [...territoryIds] } }, orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }] });
    const map = new Map<string, string[]>(territoryIds.map((id) => [id, []]));
    for (const r of rows) map.get(r.territoryId)?.push(r.userId);
    return map;
  }

  async replaceReps(tx: Tx, territoryId: string, userIds: readonly string[]): Promise<void> {
    await tx.userTerritory.deleteMany({ where: { territoryId, userId: { notIn: [...userIds] } } });
    await tx.userTerritory.createMany({ data: userIds.map((userId) => ({ userId, territoryId })), skipDuplicates: true });
  }

  /** Active staff (not partner users) among these ids: a reference check over every user. */
  async activeStaff(ids: readonly string[]): Promise<Set<string>> {
    const system = systemClient(this.db, 'reference check: are these territory reps active staff users');
    const rows = await system.user.findMany({ where: { id: { in: [...ids] }, active: true, role: { not: 'PARTNER' } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** Moves these customers into the territory (version bumped); audit is the caller's. */
  async setCustomersTerritory(tx: Tx, customerIds: readonly string[], territoryId: string): Promise<void> {
    await tx.customer.updateMany({ where: { id: { in: [...customerIds] } }, data: { territoryId, version: { increment: 1 } } });
  }
}

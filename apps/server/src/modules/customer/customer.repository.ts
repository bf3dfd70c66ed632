import { Prisma } from '../../generated/prisma/client.ts';
import type { Customer as CustomerRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { deletedWhere } from '../../core/pagination/filters.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import { queryTokens } from '../../core/search/search-tokens.ts';
import type { Customer } from './customer.type.ts';
import { PoolFilter, type CustomerFilter, type CustomerSortField } from './customer.inputs.ts';
import { territorySubtreeIds } from '../territory/territory.repository.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import { escapeLike } from '../../core/db/like.ts';
import { recordChanges } from '../../core/changes/change.ts';

export type Tx = Prisma.TransactionClient;

/** Index-backed substring search over name, phone and email (see search-tokens.ts). */
export function customerSearchWhere(search: string): Prisma.CustomerWhereInput {
  const tokens = queryTokens(search);
  const term = search.trim();
  if (tokens.length === 0) return {};
  return {
    searchTokens: { hasEvery: tokens },
    OR: [
      { name: { contains: escapeLike(term), mode: 'insensitive' } },
      { phone: { contains: escapeLike(term) } },
      { email: { contains: escapeLike(term), mode: 'insensitive' } },
    ],
  };
}

/** `territoryIds`: the filter's territory and everything below it. */
function filterWhere(filter: CustomerFilter | null | undefined, territoryIds: string[] = []): Prisma.CustomerWhereInput[] {
  const where: Prisma.CustomerWhereInput[] = [deletedWhere(filter?.deleted)];
  if (!filter) return where;
  if (filter.search) where.push(customerSearchWhere(filter.search));
  if (filter.ownerId) where.push({ ownerId: filter.ownerId });
  if (filter.lifecycleStage?.length) where.push({ lifecycleStage: { in: filter.lifecycleStage } });
  if (filter.tier?.length) where.push({ tier: { in: filter.tier } });
  if (filter.industry) where.push({ industry: filter.industry });
  if (filter.tag) where.push({ tags: { has: filter.tag } });
  if (filter.territoryId) where.push({ territoryId: { in: territoryIds.length ? territoryIds : [filter.territoryId] } });
  if (filter.pool === PoolFilter.IN_POOL) where.push({ ownerId: null });
  if (filter.pool === PoolFilter.OWNED) where.push({ ownerId: { not: null } });
  return where;
}

export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    industry: row.industry,
    size: row.size,
    tier: row.tier,
    lifecycleStage: row.lifecycleStage,
    tags: row.tags,
    phone: row.phone,
    email: row.email,
    website: row.website,
    address: { country: row.country, province: row.province, city: row.city, street: row.street, postalCode: row.postalCode },
    customFields: (row.customFields ?? {}) as Record<string, unknown>,
    inPool: row.ownerId === null,
    lastActivityAt: row.lastActivityAt,
    claimedAt: row.claimedAt,
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    ownerId: row.ownerId,
    territoryId: row.territoryId,
    partnerId: row.partnerId,
  };
}

export interface ListQuery {
  filter?: CustomerFilter | null;
  field: CustomerSortField;
  direction: 'asc' | 'desc';
  after: Cursor | null;
  take: number;
}

export class CustomerRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  async list(scope: Scope, q: ListQuery): Promise<{ rows: Customer[]; totalCount: number }> {
    const territoryIds = q.filter?.territoryId ? await territorySubtreeIds(this.db, q.filter.territoryId) : [];
    const base: Prisma.CustomerWhereInput = { AND: filterWhere(q.filter, territoryIds) };
    const isDate = q.field !== 'name';
    const db = scopedClient(this.db, scope);
    const [rows, totalCount] = await Promise.all([
      db.customer.findMany({
        where: { AND: [base, keysetWhere(q.field, q.direction, q.after, isDate)] },
        orderBy: [{ [q.field]: q.direction }, { id: q.direction }],
        take: q.take,
      }),
      db.customer.count({ where: base }),
    ]);
    return { rows: rows.map(toCustomer), totalCount };
  }

  /** A customer the scope may see, deleted or not; null otherwise (callers answer NOT_FOUND). */
  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<Customer | null> {
    // inside a transaction the caller's (scoped) client is used: PGlite has one connection
    const row = await (tx ?? scopedClient(this.db, scope)).customer.findUnique({ where: { id } });
    return row ? toCustomer(row) : null;
  }

  /** Batch lookup for loaders: only the visible ones come back. */
  async findManyVisible(scope: Scope, ids: readonly string[]): Promise<Customer[]> {
    const rows = await scopedClient(this.db, scope).customer.findMany({ where: { id: { in: [...ids] } } });
    return rows.map(toCustomer);
  }

  async findDuplicates(
    scope: Scope,
    probe: { name?: string | null; phone?: string | null; email?: string | null; excludeId?: string | null },
  ): Promise<Customer[]> {
    const or: Prisma.CustomerWhereInput[] = [];
    const name = probe.name?.trim();
    if (name) {
      const tokens = queryTokens(name);
      or.push({ ...(tokens.length ? { searchTokens: { hasEvery: tokens } } : {}), name: { equals: name, mode: 'insensitive' } });
    }
    if (probe.phone?.trim()) or.push({ phone: probe.phone.trim() });
    if (probe.email?.trim()) or.push({ email: probe.email.trim().toLowerCase() });
    if (or.length === 0) return [];
    const rows = await scopedClient(this.db, scope).customer.findMany({
      where: { AND: [{ deletedAt: null, OR: or }, probe.excludeId ? { id: { not: probe.excludeId } } : {}] },
      orderBy: { name: 'asc' },
      take: 10,
    });
    return rows.map(toCustomer);
  }

  async create(tx: Tx, data: Prisma.CustomerUncheckedCreateInput): Promise<Customer> {
    return toCustomer(await tx.customer.create({ data }));
  }

  /** Updates only when `version` still matches; returns null when it does not. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.CustomerUncheckedUpdateInput): Promise<Customer | null> {
    const { count } = await tx.customer.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toCustomer(await tx.customer.findUniqueOrThrow({ where: { id } }));
  }

  async update(tx: Tx, id: string, data: Prisma.CustomerUncheckedUpdateInput): Promise<Customer> {
    return toCustomer(await tx.customer.update({ where: { id }, data: { ...data, version: { increment: 1 } } }));
  }

  async touch(tx: Tx, id: string, at = new Date()): Promise<void> {
    await tx.customer.update({ where: { id }, data: { lastActivityAt: at } });
  }

  async distinctIndustries(scope: Scope): Promise<string[]> {
    const rows = await scopedClient(this.db, scope).customer.groupBy({
      by: ['industry'],
      where: { deletedAt: null, industry: { not: null } },
      orderBy: { industry: 'asc' },
    });
    return rows.map((r) => r.industry as string);
  }

  async distinctTags(scope: Scope): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ tag: string }[]>`
      SELECT DISTINCT unnest(c.tags) AS tag FROM "Customer" c
      WHERE c."deletedAt" IS NULL AND ${visibleSql('Customer', scope, 'c')}
      ORDER BY tag LIMIT 500`;
    return rows.map((r) => r.tag);
  }

  /** Gives a pool customer to `ownerId` unless someone took it or deleted it first; whether it did. */
  async claimIfInPool(tx: Tx, id: string, ownerId: string, now: Date): Promise<boolean> {
    const { count } = await tx.customer.updateMany({
      where: { id, ownerId: null, deletedAt: null },
      data: { ownerId, claimedAt: now, lastActivityAt: now, version: { increment: 1 } },
    });
    return count === 1;
  }

  /**
   * Returns owned customers without activity since `cutoff` to the pool, oldest first, at
   * most `limit` per call, each with its RELEASED change (audit row and event), in one transaction. Rows another
   * transaction holds are skipped (SKIP LOCKED), so several servers may sweep at once.
   */
  async releaseInactive(cutoff: Date, limit: number): Promise<number> {
    const system = systemClient(this.db, 'pool sweep: idle customers of every owner go back to the pool');
    return system.$transaction(async (systemTx) => {
      const released = await systemTx.$queryRaw<{ id: string; previousOwnerId: string }[]>`
        WITH due AS (
          SELECT id, "ownerId" FROM "Customer"
          WHERE "ownerId" IS NOT NULL AND "deletedAt" IS NULL AND "lastActivityAt" < ${cutoff}
          ORDER BY "lastActivityAt" LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE "Customer" c SET "ownerId" = NULL, "claimedAt" = NULL, version = c.version + 1, "updatedAt" = now()
        FROM due WHERE c.id = due.id
        RETURNING c.id, due."ownerId" AS "previousOwnerId"`;
      await recordChanges(systemTx, released.map((r) => ({
        actorId: null, action: 'RELEASED', entity: 'Customer', entityId: r.id, customerId: r.id,
        changes: [{ field: 'ownerId', from: r.previousOwnerId, to: null }],
      })));
      return released.length;
    });
  }

  async countOwnedBy(scope: Scope, ownerId: string, tx?: Tx): Promise<number> {
    return (tx ?? scopedClient(this.db, scope)).customer.count({ where: { ownerId, deletedAt: null } });
  }
}

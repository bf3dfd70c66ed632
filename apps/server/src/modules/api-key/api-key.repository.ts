import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient } from '../../core/access/scoped-client.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';

export type Tx = Prisma.TransactionClient;

/** Every column but the hash: no read of this module ever returns it. */
const select = {
  id: true, name: true, prefix: true, userId: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true,
  // whether the owner may still use it (a deactivated owner's keys are refused)
  user: { select: { active: true } },
} as const;
export type ApiKeyRow = Prisma.ApiKeyGetPayload<{ select: typeof select }>;

const NEWEST_FIRST: Prisma.ApiKeyOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];

/** With `ownerId`, only that user's key. */
const oneKey = (id: string, ownerId: string | null): Prisma.ApiKeyWhereInput => ({ id, ...(ownerId ? { userId: ownerId } : {}) });

/**
 * API keys. Every query goes through the scoped client, which adds the ApiKey rule
 * (core/access/rules.ts: the owner's keys, and every key for admins); transactions too.
 * The lookup by hash that authenticates a request lives with the sessions
 * (auth.repository.ts): it runs before there is a Scope.
 */
export class ApiKeyRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose queries are narrowed to the scope like every other read here. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  create(tx: Tx, data: Omit<Prisma.ApiKeyUncheckedCreateInput, 'createdAt'>): Promise<ApiKeyRow> {
    return tx.apiKey.create({ data, select });
  }

  /** The principal's own keys, newest first. */
  listOwn(scope: Scope, take: number): Promise<ApiKeyRow[]> {
    return scopedClient(this.db, scope).apiKey.findMany({ where: { userId: scope.userId }, orderBy: NEWEST_FIRST, take, select });
  }

  /** Every key the scope sees, newest first, from a keyset position; and how many there are. */
  async list(scope: Scope, after: Cursor | null, take: number): Promise<{ rows: ApiKeyRow[]; totalCount: number }> {
    const db = scopedClient(this.db, scope);
    const [rows, totalCount] = await Promise.all([
      db.apiKey.findMany({ where: keysetWhere('createdAt', 'desc', after, true), orderBy: NEWEST_FIRST, take, select }),
      db.apiKey.count(),
    ]);
    return { rows, totalCount };
  }

  /** A visible key (with `ownerId`, only theirs), in the scoped transaction. */
  find(tx: Tx, id: string, ownerId: string | null): Promise<ApiKeyRow | null> {
    return tx.apiKey.findFirst({ where: oneKey(id, ownerId), select });
  }

  /** Revokes a visible key (with `ownerId`, only theirs) unless it is revoked already, in the scoped transaction; the number revoked (0 or 1). */
  async revoke(tx: Tx, id: string, ownerId: string | null, at: Date): Promise<number> {
    const { count } = await tx.apiKey.updateMany({ where: { ...oneKey(id, ownerId), revokedAt: null }, data: { revokedAt: at } });
    return count;
  }

  /** Keys of the user that still work or will: neither revoked nor expired. */
  async countLive(tx: Tx, userId: string, now: Date): Promise<number> {
    return tx.apiKey.count({ where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
  }
}

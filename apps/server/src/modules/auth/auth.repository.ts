import { Prisma, type Role } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import { PREPARED } from '../../core/db/prepared.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';

type Tx = Prisma.TransactionClient;

export interface LiveSession {
  id: string;
  lastSeenAt: Date;
  userId: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  partnerId: string | null;
  locale: string;
  /** The user's role (AccessRole): their own, or the built-in one of their kind. */
  permissions: string[] | null;
  visibility: Record<string, string> | null;
  /** "/root/…/own/": the user's department and those above it. */
  departmentPath: string | null;
  /** Records shared with the user or a department they belong to (null: none). */
  sharedCustomerIds: string[] | null;
  sharedOpportunityIds: string[] | null;
  sharedContractIds: string[] | null;
}

/** A live API key with its owner's viewer columns and role. */
export interface LiveApiKey extends Omit<LiveSession, 'id' | 'lastSeenAt'> {
  id: string;
  lastUsedAt: Date | null;
  scopes: string[];
}

/**
 * The viewer's columns: the user, their role (their own, or the built-in one of their kind),
 * department path, and the records shared with them or a department they belong to — so
 * the access rules get shares as id lists, in the one statement every request runs anyway.
 */
const VIEWER_COLUMNS = Prisma.sql`u.id AS "userId", u.email, u.name, u.role::text AS role, u."departmentId", u."partnerId", u.locale,
  r.permissions, r.visibility, d.path AS "departmentPath",
  sh."sharedCustomerIds", sh."sharedOpportunityIds", sh."sharedContractIds"`;
const VIEWER_JOINS = Prisma.sql`
  LEFT JOIN "AccessRole" r ON r.id = COALESCE(u."accessRoleId", (SELECT b.id FROM "AccessRole" b WHERE b.key = u.role::text))
  LEFT JOIN "Department" d ON d.id = u."departmentId"
  LEFT JOIN LATERAL (
    SELECT array_remove(array_agg(x."customerId"), NULL) AS "sharedCustomerIds",
           array_remove(array_agg(x."opportunityId"), NULL) AS "sharedOpportunityIds",
           array_remove(array_agg(x."contractId"), NULL) AS "sharedContractIds"
    FROM "RecordShare" x
    WHERE x."userId" = u.id OR x."departmentId" = ANY(string_to_array(trim(both '/' from coalesce(d.path, '')), '/'))
  ) sh ON u.role <> 'PARTNER'`;

/**
 * Sessions: server-side, revocable, looked up by the hash of the bearer token. Finding the
 * viewer behind a token happens before any Scope exists, so those lookups are system reads;
 * what a signed-in user does with their own sessions goes through their Scope.
 */
export class SessionRepository {
  constructor(private readonly db: Db) {}

  /** The session sign-in opens for the user who just proved their password (no scope exists yet). */
  create(data: { id: string; tokenHash: string; userId: string; expiresAt: Date; userAgent?: string | null; ip?: string | null }) {
    const system = systemClient(this.db, 'sign-in: the new session of a user who has no scope yet');
    return system.session.create({ data });
  }

  /**
   * The live session for a token hash, the viewer's fields of its user and their role, in one statement:
   * this runs on every request (Prisma's include would be a second round trip).
   */
  async findLive(tokenHash: string): Promise<LiveSession | null> {
    const system = systemClient(this.db, 'viewer lookup: the session behind a bearer token, before any scope exists');
    const rows = await system.$queryRaw<LiveSession[]>`${PREPARED}
      SELECT s.id, s."lastSeenAt", ${VIEWER_COLUMNS}
      FROM "Session" s JOIN "User" u ON u.id = s."userId" ${VIEWER_JOINS}
      WHERE s."tokenHash" = ${tokenHash} AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u.active
      LIMIT 1`;
    return rows[0] ?? null;
  }

  /**
   * The live API key for a key hash (neither revoked nor expired, its owner active), with the
   * owner's viewer columns and their current role, in one statement like findLive.
   */
  async findLiveApiKey(keyHash: string): Promise<LiveApiKey | null> {
    const system = systemClient(this.db, 'viewer lookup: the API key behind a bearer token, before any scope exists');
    const rows = await system.$queryRaw<LiveApiKey[]>`${PREPARED}
      SELECT k.id, k."lastUsedAt", k.scopes, ${VIEWER_COLUMNS}
      FROM "ApiKey" k JOIN "User" u ON u.id = k."userId" ${VIEWER_JOINS}
      WHERE k."keyHash" = ${keyHash} AND k."revokedAt" IS NULL AND (k."expiresAt" IS NULL OR k."expiresAt" > now()) AND u.active
      LIMIT 1`;
    return rows[0] ?? null;
  }

  /** Records that a key was used at `now`, unless a use after `since` is recorded already (concurrent requests write once). */
  async touchApiKey(id: string, now: Date, since: Date): Promise<void> {
    const system = systemClient(this.db, 'viewer lookup: recording the use of the key that authenticated this request');
    await system.$executeRaw`
      UPDATE "ApiKey" SET "lastUsedAt" = ${now}::timestamp
      WHERE id = ${id} AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${since}::timestamp)`;
  }

  /** The same viewer columns for an active user without a session (scheduled work acting as someone, seeds). */
  async findViewer(userId: string): Promise<Omit<LiveSession, 'id' | 'lastSeenAt'> | null> {
    const system = systemClient(this.db, 'viewer lookup: the user scheduled work or a seed acts as, before any scope exists');
    const rows = await system.$queryRaw<Omit<LiveSession, 'id' | 'lastSeenAt'>[]>`
      SELECT ${VIEWER_COLUMNS} FROM "User" u ${VIEWER_JOINS} WHERE u.id = ${userId} AND u.active`;
    return rows[0] ?? null;
  }

  /** Refreshes the `lastSeenAt` of the session that authenticated this request (before any scope exists). */
  touch(id: string) {
    const system = systemClient(this.db, 'viewer lookup: refreshing the session that authenticated this request');
    return system.session.update({ where: { id }, data: { lastSeenAt: new Date() } });
  }

  /** The viewer's sessions that are neither revoked nor expired, most recently used first. */
  listLive(scope: Scope, take: number) {
    return scopedClient(this.db, scope).session.findMany({
      where: { userId: scope.userId, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, ip: true },
      orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
      take,
    });
  }

  /** Revokes a live session if it is the viewer's; the number revoked (0 or 1). */
  async revokeOwn(scope: Scope, id: string): Promise<number> {
    const { count } = await scopedClient(this.db, scope).session.updateMany({
      where: { id, userId: scope.userId, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { revokedAt: new Date() },
    });
    return count;
  }

  /** Revokes one of the viewer's sessions (signing out). */
  revoke(scope: Scope, id: string) {
    return scopedClient(this.db, scope).session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  /** Signs the viewer out of every session, this one included. */
  revokeAllOwn(scope: Scope) {
    return scopedClient(this.db, scope).session.updateMany({ where: { userId: scope.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  /**
   * Signs a user out everywhere (but in `exceptSessionId`) inside the caller's transaction, as
   * one step of the account change the service authorized (deactivation, a password reset or
   * change). Past the Session rule: only the user themself sees their sessions, not the admin.
   */
  revokeAllForUser(tx: Tx, userId: string, exceptSessionId?: string) {
    const system = systemClient(tx, 'sign-out everywhere as part of an authorized account change: the sessions of the deactivated or re-keyed user');
    return system.session.updateMany({
      where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
      data: { revokedAt: new Date() },
    });
  }
}

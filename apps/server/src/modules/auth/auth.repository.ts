import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';

/** Sessions: server-side, revocable, looked up by the hash of the bearer token. */
export class SessionRepository {
  constructor(private readonly db: Db) {}

  create(data: { id: string; tokenHash: string; userId: string; expiresAt: Date; userAgent?: string | null; ip?: string | null }) {
    return this.db.session.create({ data });
  }

  /** The live session for a token hash, with its user, in one statement. */
  findLive(tokenHash: string) {
    return this.db.session.findFirst({
      where: { tokenHash, revokedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
      include: { user: true },
    });
  }

  touch(id: string) {
    return this.db.session.update({ where: { id }, data: { lastSeenAt: new Date() } });
  }

  revoke(id: string) {
    return this.db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  /** Signs a user out everywhere (but in `exceptSessionId`), inside the caller's transaction when given. */
  revokeAllForUser(userId: string, tx: Prisma.TransactionClient | Db = this.db, exceptSessionId?: string) {
    return tx.session.updateMany({
      where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
      data: { revokedAt: new Date() },
    });
  }
}

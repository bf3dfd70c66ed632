import type { Prisma, User as UserRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { User } from './user.type.ts';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    locale: row.locale,
    claimLimit: row.claimLimit,
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    version: row.version,
    departmentId: row.departmentId,
    partnerId: row.partnerId,
  };
}

/**
 * Users are a directory every signed-in staff member may read (owner pickers, timelines);
 * partner users only ever reach users through records they can see.
 */
export class UserRepository {
  constructor(private readonly db: Db) {}

  async findByIds(ids: readonly string[]): Promise<User[]> {
    const rows = await this.db.user.findMany({ where: { id: { in: [...ids] } } });
    return rows.map(toUser);
  }

  async findById(id: string): Promise<User | null> {
    const row = await this.db.user.findUnique({ where: { id } });
    return row ? toUser(row) : null;
  }

  async findActiveStaff(id: string): Promise<User | null> {
    const row = await this.db.user.findFirst({ where: { id, active: true, role: { not: 'PARTNER' } } });
    return row ? toUser(row) : null;
  }

  /** For sign-in only: includes the hash and lockout counters. */
  findForLogin(email: string) {
    return this.db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  }

  async update(id: string, data: Prisma.UserUncheckedUpdateInput, tx: Prisma.TransactionClient | Db = this.db): Promise<User> {
    return toUser(await tx.user.update({ where: { id }, data }));
  }
}

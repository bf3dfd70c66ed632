import type { Prisma, User as UserRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import type { User } from './user.type.ts';
import type { UserFilter } from './user.inputs.ts';
import { visibleWhere } from '../../core/access/access.ts';
import { systemClient } from '../../core/access/scoped-client.ts';
import { escapeLike } from '../../core/db/like.ts';

type Tx = Prisma.TransactionClient;

/** The columns a User is made of: never the password hash, which only login reads. */
const USER_COLUMNS = {
  id: true, email: true, name: true, role: true, active: true, locale: true, claimLimit: true, lockedUntil: true,
  lastLoginAt: true, createdAt: true, version: true, departmentId: true, partnerId: true, accessRoleId: true,
} satisfies Prisma.UserSelect;

export function toUser(row: Pick<UserRow, keyof typeof USER_COLUMNS>): User {
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
    accessRoleId: row.accessRoleId,
  };
}

export interface UserListQuery {
  filter?: UserFilter | null;
  /** The path of filter.departmentId, looked up by the caller: its whole subtree matches. */
  departmentPath?: string | null;
  after: Cursor | null;
  take: number;
}

function filterWhere(q: UserListQuery): Prisma.UserWhereInput[] {
  const where: Prisma.UserWhereInput[] = [];
  const search = q.filter?.search?.trim();
  if (search) {
    where.push({ OR: [{ name: { contains: escapeLike(search), mode: 'insensitive' } }, { email: { contains: escapeLike(search), mode: 'insensitive' } }] });
  }
  if (q.filter?.role) where.push({ role: q.filter.role });
  if (q.filter?.active != null) where.push({ active: q.filter.active });
  if (q.departmentPath) where.push({ department: { path: { startsWith: q.departmentPath } } });
  return where;
}

/**
 * Users are a directory every signed-in staff member may read (owner pickers, timelines);
 * partner users only ever reach users through records they can see. The admin list and
 * detail go through the Scope.
 */
export class UserRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  async findByIds(ids: readonly string[]): Promise<User[]> {
    const rows = await this.db.user.findMany({ where: { id: { in: [...ids] } }, select: USER_COLUMNS });
    return rows.map(toUser);
  }

  async findById(id: string): Promise<User | null> {
    const row = await this.db.user.findUnique({ where: { id }, select: USER_COLUMNS });
    return row ? toUser(row) : null;
  }

  /**
   * The staff directory: active staff whose name contains `search`, by name. Every staff
   * member may read names and departments (the personal fields stay behind field rules), so
   * this reads past the User rule on purpose: sharing with a colleague of another team needs it.
   */
  async searchDirectory(search: string | null, take: number): Promise<User[]> {
    const db = systemClient(this.db, 'staff directory: names and departments of active staff, for pickers');
    const term = search?.trim();
    const rows = await db.user.findMany({
      where: { active: true, role: { not: 'PARTNER' }, ...(term ? { name: { contains: escapeLike(term), mode: 'insensitive' } } : {}) },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take,
      select: USER_COLUMNS,
    });
    return rows.map(toUser);
  }

  async findActiveStaff(id: string): Promise<User | null> {
    const row = await this.db.user.findFirst({ where: { id, active: true, role: { not: 'PARTNER' } } });
    return row ? toUser(row) : null;
  }

  /**
   * Locks the user's row until the transaction ends: a caller serializes one user's actions
   * with it (a rep's pool claims, so two at once cannot pass the claim limit together).
   */
  async lockForUpdate(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${id} FOR UPDATE`;
  }

  /** For sign-in only: includes the hash and lockout counters. */
  findForLogin(email: string) {
    return this.db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  }

  async update(id: string, data: Prisma.UserUncheckedUpdateInput, tx: Tx | Db = this.db): Promise<User> {
    return toUser(await tx.user.update({ where: { id }, data }));
  }

  /** The admin list, by name then id. */
  async list(scope: Scope, q: UserListQuery): Promise<{ rows: User[]; totalCount: number }> {
    const base: Prisma.UserWhereInput = { AND: [visibleWhere('User', scope), ...filterWhere(q)] };
    const [rows, totalCount] = await Promise.all([
      this.db.user.findMany({
        where: { AND: [base, keysetWhere('name', 'asc', q.after, false)] },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: q.take,
      }),
      this.db.user.count({ where: base }),
    ]);
    return { rows: rows.map(toUser), totalCount };
  }

  /** A user the scope may see; null otherwise (callers answer NOT_FOUND). */
  async findVisible(scope: Scope, id: string, tx: Tx | Db = this.db): Promise<User | null> {
    const row = await tx.user.findFirst({ where: { AND: [{ id }, visibleWhere('User', scope)] } });
    return row ? toUser(row) : null;
  }

  async emailTaken(email: string): Promise<boolean> {
    return (await this.db.user.count({ where: { email } })) > 0;
  }

  /** Creates a user; null when the email is taken (the unique index decides races). */
  async create(tx: Tx, data: Prisma.UserUncheckedCreateInput): Promise<User | null> {
    try {
      return toUser(await tx.user.create({ data }));
    } catch (error) {
      if ((error as { code?: string }).code === 'P2002') return null;
      throw error;
    }
  }

  /** Updates only when `version` still matches; returns null when it does not. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.UserUncheckedUpdateInput): Promise<User | null> {
    const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toUser(await tx.user.findUniqueOrThrow({ where: { id } }));
  }
}

import type { Prisma, User as UserRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import type { User } from './user.type.ts';
import type { UserFilter } from './user.inputs.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
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
 * detail, and the admin's changes, go through the Scope; the directory reads, reference
 * checks, sign-in and the viewer's own account are system reads with their reason.
 */
export class UserRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  /**
   * Users by id for the loaders: the people behind records the viewer already sees (owners,
   * actors, attendees, the viewer themself). Names are the directory; the personal fields
   * stay behind the field rules (field-rules.ts) wherever these users are shown.
   */
  async findByIds(ids: readonly string[]): Promise<User[]> {
    const system = systemClient(this.db, 'user directory: the people named on records the viewer already sees; personal fields stay behind field rules');
    const rows = await system.user.findMany({ where: { id: { in: [...ids] } }, select: USER_COLUMNS });
    return rows.map(toUser);
  }

  /** A user by id, whoever can see them: reference checks (a share's grantee) and the viewer's own claim limit. */
  async findById(id: string): Promise<User | null> {
    const system = systemClient(this.db, 'reference check: the user a share names, or the acting user\'s own claim limit');
    const row = await system.user.findUnique({ where: { id }, select: USER_COLUMNS });
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

  /** An active staff user by id, whoever can see them: the check that an assignee (an owner picked for a record) exists. */
  async findActiveStaff(id: string): Promise<User | null> {
    const system = systemClient(this.db, 'reference check: the assignee picked for a record is an active staff user');
    const row = await system.user.findFirst({ where: { id, active: true, role: { not: 'PARTNER' } } });
    return row ? toUser(row) : null;
  }

  /**
   * Locks the user's row until the transaction ends: a caller serializes one user's actions
   * with it (a rep's pool claims, so two at once cannot pass the claim limit together).
   */
  async lockForUpdate(tx: Tx, id: string): Promise<void> {
    await systemClient(tx, 'row lock on the acting user, serializing their own actions; reads nothing').$queryRaw`SELECT id FROM "User" WHERE id = ${id} FOR UPDATE`;
  }

  /** For checking a password only: includes the hash and lockout counters. */
  findForLogin(email: string) {
    const system = systemClient(this.db, 'password check: the account with this email and its password hash');
    return system.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  }

  /** Changes a user inside the caller's transaction (a scoped one: the service found the user visible first). */
  async update(tx: Tx, id: string, data: Prisma.UserUncheckedUpdateInput): Promise<User> {
    return toUser(await tx.user.update({ where: { id }, data }));
  }

  /**
   * Changes the viewer's own account (their locale, their password), inside the caller's
   * transaction when given. Past the User rule: a role that reads users at level `none` does
   * not see its own row, yet every user keeps their own settings.
   */
  async updateOwn(viewerId: string, data: Prisma.UserUncheckedUpdateInput, tx?: Tx): Promise<User> {
    const system = systemClient(tx ?? this.db, 'self-service: the viewer\'s own account row, whatever their role\'s user visibility');
    return toUser(await system.user.update({ where: { id: viewerId }, data }));
  }

  /** Clears the failure count of an account that just proved its password and records the sign-in: no scope exists yet. */
  async recordSignIn(id: string, at: Date): Promise<User> {
    const system = systemClient(this.db, 'sign-in: the account that just proved its password, before any scope exists');
    return toUser(await system.user.update({ where: { id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: at } }));
  }

  /** The admin list, by name then id. */
  async list(scope: Scope, q: UserListQuery): Promise<{ rows: User[]; totalCount: number }> {
    const base: Prisma.UserWhereInput = { AND: filterWhere(q) };
    const db = scopedClient(this.db, scope);
    const [rows, totalCount] = await Promise.all([
      db.user.findMany({
        where: { AND: [base, keysetWhere('name', 'asc', q.after, false)] },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: q.take,
      }),
      db.user.count({ where: base }),
    ]);
    return { rows: rows.map(toUser), totalCount };
  }

  /** A user the scope may see; null otherwise (callers answer NOT_FOUND). */
  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<User | null> {
    // inside a transaction the caller's (scoped) client is used: PGlite has one connection
    const row = await (tx ?? scopedClient(this.db, scope)).user.findUnique({ where: { id } });
    return row ? toUser(row) : null;
  }

  /** Whether any account has the email, whoever can see it: the unique index is company-wide. */
  async emailTaken(email: string): Promise<boolean> {
    const system = systemClient(this.db, 'uniqueness check: an email is taken whoever\'s account has it');
    return (await system.user.count({ where: { email } })) > 0;
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

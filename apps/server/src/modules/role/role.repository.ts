import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';

export type Tx = Prisma.TransactionClient;

export interface RoleRow {
  id: string;
  key: string | null;
  name: string;
  description: string | null;
  forPartners: boolean;
  permissions: string[];
  visibility: Record<string, string>;
  userCount: number;
  updatedAt: Date;
  version: number;
}

/**
 * A role with its number of holders. `userCount` counts every holder, whoever the reader sees:
 * it is a fact about the role (why it cannot be deleted), not a list of users.
 */
const ROLE_SELECT = Prisma.sql`
  SELECT r.id, r.key, r.name, r.description, r."forPartners", r.permissions, r.visibility, r."updatedAt", r.version,
         (SELECT count(*)::int FROM "User" u
           WHERE u."accessRoleId" = r.id OR (u."accessRoleId" IS NULL AND u.role::text = r.key)) AS "userCount"
  FROM "AccessRole" r`;
const ROLE_ORDER = Prisma.sql`ORDER BY r.key IS NULL, r."forPartners", r.name`;

/**
 * Roles (AccessRole). Roles are reference data every staff member may read (core/access
 * rules); only admins reach the writes (resolver). `userCount` counts holders: a built-in
 * role also covers the users of its kind who hold no role of their own.
 */
export class RoleRepository {
  constructor(private readonly db: Db) {}

  private select(scope: Scope, where: Prisma.Sql): Promise<RoleRow[]> {
    return this.db.$queryRaw<RoleRow[]>`${ROLE_SELECT} WHERE ${visibleSql('AccessRole', scope, 'r')} AND ${where} ${ROLE_ORDER}`;
  }

  findAll(scope: Scope): Promise<RoleRow[]> {
    return this.select(scope, Prisma.sql`TRUE`);
  }

  /**
   * Every role, past the AccessRole rule, for the `accessRole` field of a user: field rules
   * show it only to admins and to the user themself, and a partner user's own role is a
   * partner role, which the rule (staff only) would hide from them.
   */
  findAllForHolders(): Promise<RoleRow[]> {
    const system = systemClient(this.db, 'the accessRole field: a user\'s own role (partner users included), shown only to them and admins by field rules');
    return system.$queryRaw<RoleRow[]>`${ROLE_SELECT} ${ROLE_ORDER}`;
  }

  async findById(scope: Scope, id: string): Promise<RoleRow | null> {
    return (await this.select(scope, Prisma.sql`r.id = ${id}`))[0] ?? null;
  }

  /** Whether another role has the name, whoever sees it: names are unique company-wide. */
  async nameTaken(tx: Tx, name: string, exceptId: string | null): Promise<boolean> {
    const system = systemClient(tx, 'uniqueness check: a role name is taken whoever can see the role');
    return (await system.accessRole.count({ where: { name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;
  }

  create(tx: Tx, data: { id: string; name: string; description: string | null; forPartners: boolean; permissions: string[]; visibility: Record<string, string> }) {
    return tx.accessRole.create({ data });
  }

  /** Updates when `version` still matches; false when someone else changed it first. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.AccessRoleUpdateInput): Promise<boolean> {
    const { count } = await tx.accessRole.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  /** Locks a role the scope sees until the transaction ends and reads it; null when there is none. */
  async lock(scope: Scope, tx: Tx, id: string): Promise<RoleRow | null> {
    await tx.$queryRaw`SELECT r.id FROM "AccessRole" r WHERE r.id = ${id} AND ${visibleSql('AccessRole', scope, 'r')} FOR UPDATE`;
    const row = await tx.accessRole.findUnique({ where: { id } });
    return row ? { ...row, visibility: (row.visibility ?? {}) as Record<string, string>, userCount: 0 } : null;
  }

  /** Every user holding the role, whoever the admin sees: a role anyone holds stays. */
  countHolders(tx: Tx, id: string): Promise<number> {
    const system = systemClient(tx, 'integrity check: a role held by any user cannot be deleted');
    return system.user.count({ where: { accessRoleId: id } });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.accessRole.delete({ where: { id } });
  }

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }
}

import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import type { Department } from './department.type.ts';
import { escapeLike } from '../../core/db/like.ts';

type Tx = Prisma.TransactionClient;

/** A department row without its user count, for rules that only need the tree. */
export interface DepartmentNode {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  version: number;
}

const NODE = { id: true, name: true, parentId: true, path: true, version: true } as const;

// Serializes changes to the tree's shape (create, move, delete) so paths never go stale.
const TREE_LOCK = 0x44455054;

const likePrefix = (prefix: string) => `${escapeLike(prefix)}%`;

/**
 * The department tree. Every staff member may read the whole tree (pickers, filters; no
 * partner user, core/access); writes are admin operations checked by the resolver.
 */
export class DepartmentRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  /**
   * Departments the scope sees with their user counts: one grouped statement for any number
   * of them. The count is a head count of every user in the department, not a list of users.
   */
  private withCounts(scope: Scope, where: Prisma.Sql): Promise<Department[]> {
    return this.db.$queryRaw<Department[]>`
      SELECT d.id, d.name, d."parentId", d.path, d.version, COUNT(u.id)::int AS "userCount"
      FROM "Department" d LEFT JOIN "User" u ON u."departmentId" = d.id
      WHERE ${visibleSql('Department', scope, 'd')} AND ${where}
      GROUP BY d.id
      ORDER BY d.name, d.id`;
  }

  findAll(scope: Scope): Promise<Department[]> {
    return this.withCounts(scope, Prisma.sql`TRUE`);
  }

  findByIds(scope: Scope, ids: readonly string[]): Promise<Department[]> {
    return ids.length ? this.withCounts(scope, Prisma.sql`d.id IN (${Prisma.join([...ids])})`) : Promise.resolve([]);
  }

  /** Children of each parent, for the `children` loader. */
  findChildren(scope: Scope, parentIds: readonly string[]): Promise<Department[]> {
    return parentIds.length ? this.withCounts(scope, Prisma.sql`d."parentId" IN (${Prisma.join([...parentIds])})`) : Promise.resolve([]);
  }

  /**
   * A department's node: inside the caller's (scoped) transaction, or, without one, as the
   * reference check of another module (does the department a user, share or filter names exist).
   */
  findNode(id: string, tx?: Tx): Promise<DepartmentNode | null> {
    const db = tx ?? systemClient(this.db, 'reference check: does the department a user, share or filter names exist');
    return db.department.findUnique({ where: { id }, select: NODE });
  }

  /** Takes the tree lock until the transaction ends. */
  async lockTree(tx: Tx): Promise<void> {
    await systemClient(tx, 'the tree lock is an advisory lock, not a row')
      .$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${TREE_LOCK}::bigint)`;
  }

  create(tx: Tx, data: { id: string; name: string; parentId: string | null; path: string }): Promise<DepartmentNode> {
    return tx.department.create({ data, select: NODE });
  }

  /** Updates only when `version` still matches; returns false when it does not. */
  async updateVersioned(tx: Tx, id: string, version: number, data: { name?: string; parentId?: string | null; path?: string }): Promise<boolean> {
    const { count } = await tx.department.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count > 0;
  }

  /** Moves a subtree: every path starting with `from` starts with `to` instead, in one statement (all of it, or paths go stale). */
  async replacePathPrefix(tx: Tx, from: string, to: string): Promise<number> {
    return systemClient(tx, 'a move rewrites the path of every department below the moved one').$executeRaw`
      UPDATE "Department" SET path = ${to} || substr(path, ${from.length + 1})
      WHERE path LIKE ${likePrefix(from)}`;
  }

  countChildren(id: string, tx: Tx): Promise<number> {
    return tx.department.count({ where: { parentId: id } });
  }

  countTopLevel(tx: Tx): Promise<number> {
    return tx.department.count({ where: { parentId: null } });
  }

  /** Every user of the department, whoever the admin may see: any one keeps it from being deleted. */
  countUsers(id: string, tx: Tx): Promise<number> {
    return systemClient(tx, 'department delete check: a user of any visibility keeps it in use').user.count({ where: { departmentId: id } });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.department.delete({ where: { id } });
  }
}

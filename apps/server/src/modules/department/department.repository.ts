import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
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
 * The department tree. Every staff member may read the whole tree (pickers, filters), so
 * its reads need no Scope; writes are admin operations checked by the resolver.
 */
export class DepartmentRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  /** Departments with their user counts: one grouped statement for any number of them. */
  private withCounts(where: Prisma.Sql, tx: Tx | Db = this.db): Promise<Department[]> {
    return tx.$queryRaw<Department[]>`
      SELECT d.id, d.name, d."parentId", d.path, d.version, COUNT(u.id)::int AS "userCount"
      FROM "Department" d LEFT JOIN "User" u ON u."departmentId" = d.id
      WHERE ${where}
      GROUP BY d.id
      ORDER BY d.name, d.id`;
  }

  findAll(): Promise<Department[]> {
    return this.withCounts(Prisma.sql`TRUE`);
  }

  findByIds(ids: readonly string[], tx: Tx | Db = this.db): Promise<Department[]> {
    return ids.length ? this.withCounts(Prisma.sql`d.id IN (${Prisma.join([...ids])})`, tx) : Promise.resolve([]);
  }

  /** Children of each parent, for the `children` loader. */
  findChildren(parentIds: readonly string[]): Promise<Department[]> {
    return parentIds.length ? this.withCounts(Prisma.sql`d."parentId" IN (${Prisma.join([...parentIds])})`) : Promise.resolve([]);
  }

  findNode(id: string, tx: Tx | Db = this.db): Promise<DepartmentNode | null> {
    return tx.department.findUnique({ where: { id }, select: NODE });
  }

  /** Takes the tree lock until the transaction ends. */
  async lockTree(tx: Tx): Promise<void> {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${TREE_LOCK}::bigint)`;
  }

  create(tx: Tx, data: { id: string; name: string; parentId: string | null; path: string }): Promise<DepartmentNode> {
    return tx.department.create({ data, select: NODE });
  }

  /** Updates only when `version` still matches; returns false when it does not. */
  async updateVersioned(tx: Tx, id: string, version: number, data: { name?: string; parentId?: string | null; path?: string }): Promise<boolean> {
    const { count } = await tx.department.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count > 0;
  }

  /** Moves a subtree: every path starting with `from` starts with `to` instead, in one statement. */
  async replacePathPrefix(tx: Tx, from: string, to: string): Promise<number> {
    return tx.$executeRaw`
      UPDATE "Department" SET path = ${to} || substr(path, ${from.length + 1})
      WHERE path LIKE ${likePrefix(from)}`;
  }

  countChildren(id: string, tx: Tx): Promise<number> {
    return tx.department.count({ where: { parentId: id } });
  }

  countTopLevel(tx: Tx): Promise<number> {
    return tx.department.count({ where: { parentId: null } });
  }

  countUsers(id: string, tx: Tx): Promise<number> {
    return tx.user.count({ where: { departmentId: id } });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.department.delete({ where: { id } });
  }
}

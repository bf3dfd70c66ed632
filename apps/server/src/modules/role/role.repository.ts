import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';

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
 * Roles (AccessRole). Roles are reference data every staff member may read (core/access
 * rules), so these queries take no Scope; only admins reach the writes (resolver).
 * `userCount` counts holders: a built-in role also covers the users of its kind who hold
 * no role of their own.
 */
export class RoleRepository {
  constructor(private readonly db: Db) {}

  private select(where: Prisma.Sql): Promise<RoleRow[]> {
    return this.db.$queryRaw<RoleRow[]>`
      SELECT r.id, r.key, r.name, r.description, r."forPartners", r.permissions, r.visibility, r."updatedAt", r.version,
             (SELECT count(*)::int FROM "User" u
               WHERE u."accessRoleId" = r.id OR (u."accessRoleId" IS NULL AND u.role::text = r.key)) AS "userCount"
      FROM "AccessRole" r WHERE ${where}
      ORDER BY r.key IS NULL, r."forPartners", r.name`;
  }

  findAll(): Promise<RoleRow[]> {
    return this.select(Prisma.sql`TRUE`);
  }

  async findById(id: string): Promise<RoleRow | null> {
    return (await this.select(Prisma.sql`r.id = ${id}`))[0] ?? null;
  }

  async nameTaken(name: string, exceptId: string | null, tx: Tx | Db = this.db): Promise<boolean> {
    return (await tx.accessRole.count({ where: { name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;
  }

  create(tx: Tx, data: { id: string; name: string; description: string | null; forPartners: boolean; permissions: string[]; visibility: Record<string, string> }) {
    return tx.accessRole.create({ data });
  }

  /** Updates when `version` still matches; false when someone else changed it first. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.AccessRoleUpdateInput): Promise<boolean> {
    const { count } = await tx.accessRole.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  async lock(tx: Tx, id: string): Promise<RoleRow | null> {
    await tx.$queryRaw`SELECT id FROM "AccessRole" WHERE id = ${id} FOR UPDATE`;
    const row = await tx.accessRole.findUnique({ where: { id } });
    return row ? { ...row, visibility: (row.visibility ?? {}) as Record<string, string>, userCount: 0 } : null;
  }

  countHolders(tx: Tx, id: string): Promise<number> {
    return tx.user.count({ where: { accessRoleId: id } });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.accessRole.delete({ where: { id } });
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }
}

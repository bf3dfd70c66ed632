import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { newId } from '../../core/ids.ts';
import type { TargetPeriod } from '../../generated/prisma/enums.ts';
import { departmentInSubtreeSql } from './target.scope.ts';
import type { SalesTarget } from './target.type.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';

type Tx = Prisma.TransactionClient;

export interface TargetQuery { userId?: string | null; departmentId?: string | null; period?: TargetPeriod | null; from?: string | null; to?: string | null }
export interface TargetOwner { userId: string | null; departmentId: string | null }
export interface TargetValues extends TargetOwner { period: TargetPeriod; periodStart: string; amount: Prisma.Decimal; currency: string }

const COLUMNS = Prisma.sql`t.id, t."userId", t."departmentId", t.period::text AS period, to_char(t."periodStart", 'YYYY-MM-DD') AS "periodStart",
  t.amount::text AS amount, t.currency::text AS currency, t.version`;
const LOCK = 0x54475431;
/**
 * A target is keyed by owner and period (one row each, kept single by findForUpdate's lock, not
 * by a unique index) and set by permission over the owner (TargetService.checkMayManage): the
 * row of that key is found and written whoever's rule shows it.
 */
const BY_OWNER = 'the one target of an owner and period, set by permission over the owner (TargetService.checkMayManage)';

/**
 * Sales targets; every read takes the viewer's Scope. The SalesTarget rule has no Prisma form
 * at level `department` (a department subtree is a path prefix), so reads and deletes are SQL
 * with visibleSql.
 */
export class TargetRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  list(scope: Scope, q: TargetQuery): Promise<SalesTarget[]> {
    const visible: Prisma.Sql[] = [visibleSql('SalesTarget', scope, 't')];
    if (q.userId) visible.push(Prisma.sql`t."userId" = ${q.userId}`);
    if (q.departmentId) visible.push(Prisma.sql`t."departmentId" = ${q.departmentId}`);
    if (q.period) visible.push(Prisma.sql`t.period = ${q.period}::"TargetPeriod"`);
    if (q.from) visible.push(Prisma.sql`t."periodStart" >= ${q.from}::date`);
    if (q.to) visible.push(Prisma.sql`t."periodStart" <= ${q.to}::date`);
    return this.db.$queryRaw<SalesTarget[]>`SELECT ${COLUMNS} FROM "SalesTarget" t WHERE ${Prisma.join(visible, ' AND ')}
      ORDER BY t."periodStart", t.period, t."userId" NULLS LAST, t."departmentId", t.id`;
  }

  async find(scope: Scope, id: string, tx?: Tx): Promise<SalesTarget | null> {
    const rows = await (tx ?? this.db).$queryRaw<SalesTarget[]>`SELECT ${COLUMNS} FROM "SalesTarget" t WHERE t.id = ${id} AND ${visibleSql('SalesTarget', scope, 't')}`;
    return rows[0] ?? null;
  }

  /** The target of one owner for one period, locking out a concurrent upsert of the same key. */
  async findForUpdate(tx: Tx, v: Omit<TargetValues, 'amount' | 'currency'>): Promise<SalesTarget | null> {
    const system = systemClient(tx, BY_OWNER);
    await system.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LOCK}::bigint)`;
    const owner = v.userId ? Prisma.sql`t."userId" = ${v.userId}` : Prisma.sql`t."departmentId" = ${v.departmentId}`;
    const rows = await system.$queryRaw<SalesTarget[]>`SELECT ${COLUMNS} FROM "SalesTarget" t
      WHERE ${owner} AND t.period = ${v.period}::"TargetPeriod" AND t."periodStart" = ${v.periodStart}::date`;
    return rows[0] ?? null;
  }

  /** Writes the target findForUpdate found (or a new one) for its owner and period. */
  async save(tx: Tx, existing: SalesTarget | null, v: TargetValues): Promise<SalesTarget> {
    const data = { amount: v.amount, currency: v.currency };
    const id = existing?.id ?? newId();
    const system = systemClient(tx, BY_OWNER);
    if (existing) await system.salesTarget.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
    else await tx.salesTarget.create({ data: { id, ...data, userId: v.userId, departmentId: v.departmentId, period: v.period, periodStart: new Date(`${v.periodStart}T00:00:00Z`) } });
    const rows = await system.$queryRaw<SalesTarget[]>`SELECT ${COLUMNS} FROM "SalesTarget" t WHERE t.id = ${id}`;
    return rows[0]!;
  }

  /** Deletes a target the scope sees. */
  async remove(tx: Tx, scope: Scope, id: string): Promise<void> {
    await tx.$executeRaw`DELETE FROM "SalesTarget" t WHERE t.id = ${id} AND ${visibleSql('SalesTarget', scope, 't')}`;
  }

  /** Whether the owner exists: a staff user, or a department (checkMayManage then decides whether the viewer may set its target). */
  async ownerExists(owner: TargetOwner): Promise<boolean> {
    const system = systemClient(this.db, 'reference check: the target’s user or department exists, whether or not the viewer’s rules show it');
    if (owner.userId) return (await system.user.count({ where: { id: owner.userId } })) > 0;
    return (await system.department.count({ where: { id: owner.departmentId! } })) > 0;
  }

  async departmentInSubtree(scope: Scope, departmentId: string): Promise<boolean> {
    const rows = await this.db.$queryRaw<{ ok: boolean }[]>`SELECT ${departmentInSubtreeSql(scope, departmentId)} AS ok`;
    return rows[0]?.ok === true;
  }
}

import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import { formatAmount } from '../../core/money/money.ts';
import type { CommissionMode, Role } from '../../generated/prisma/enums.ts';
import type { CommissionPlan } from './commission.type.ts';

type Tx = Prisma.TransactionClient;

export interface PlanValues {
  name: string;
  role: Role;
  currency: string;
  mode: CommissionMode;
  active: boolean;
  tiers: { fromAmount: Prisma.Decimal; ratePercent: Prisma.Decimal }[];
}

const include = { tiers: { orderBy: { fromAmount: 'asc' } } } as const;
type Row = Prisma.CommissionPlanGetPayload<{ include: typeof include }>;

const toPlan = (row: Row): CommissionPlan => ({
  id: row.id, name: row.name, role: row.role, currency: row.currency.trim(), mode: row.mode, active: row.active,
  updatedAt: row.updatedAt, version: row.version,
  tiers: row.tiers.map((t) => ({ fromAmount: formatAmount(t.fromAmount), ratePercent: formatAmount(t.ratePercent) })),
});

/**
 * Commission plans: company configuration (like pipeline stages), reference data every staff
 * member reads (core/access/rules.ts); the resolvers restrict managing them to `commission:manage`.
 * Methods taking a `tx` run on the caller's scoped transaction.
 */
export class CommissionPlanRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  async list(scope: Scope): Promise<CommissionPlan[]> {
    return (await scopedClient(this.db, scope).commissionPlan.findMany({ include, orderBy: [{ role: 'asc' }, { active: 'desc' }, { name: 'asc' }, { id: 'asc' }] })).map(toPlan);
  }

  async find(scope: Scope, id: string, tx?: Tx): Promise<CommissionPlan | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).commissionPlan.findUnique({ where: { id }, include });
    return row ? toPlan(row) : null;
  }

  async findByIds(scope: Scope, ids: readonly string[]): Promise<CommissionPlan[]> {
    return (await scopedClient(this.db, scope).commissionPlan.findMany({ where: { id: { in: [...ids] } }, include })).map(toPlan);
  }

  async active(scope: Scope, tx?: Tx): Promise<CommissionPlan[]> {
    return (await (tx ?? scopedClient(this.db, scope)).commissionPlan.findMany({ where: { active: true }, include, orderBy: { role: 'asc' } })).map(toPlan);
  }

  /** Serializes plan writes, so two plans of a role never both end up active. */
  async lock(tx: Tx): Promise<void> {
    await systemClient(tx, 'an advisory lock reads and writes no rows').$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${0x434f5044}::bigint)`;
  }

  async create(tx: Tx, scope: Scope, id: string, v: PlanValues): Promise<CommissionPlan> {
    const { tiers, ...plan } = v;
    await tx.commissionPlan.create({ data: { id, ...plan, tiers: { create: tiers.map((t) => ({ id: crypto.randomUUID(), ...t })) } } });
    return (await this.find(scope, id, tx))!;
  }

  /** Updates only when `version` still matches; null otherwise. Given tiers replace the old ones. */
  async update(tx: Tx, scope: Scope, id: string, version: number, v: Partial<PlanValues>): Promise<CommissionPlan | null> {
    const { tiers, ...plan } = v;
    const { count } = await tx.commissionPlan.updateMany({ where: { id, version }, data: { ...plan, version: { increment: 1 } } });
    if (count === 0) return null;
    if (tiers) {
      await tx.commissionTier.deleteMany({ where: { planId: id } });
      await tx.commissionTier.createMany({ data: tiers.map((t) => ({ id: crypto.randomUUID(), planId: id, ...t })) });
    }
    return this.find(scope, id, tx);
  }

  /** Deactivates the role's other active plans; returns their ids (for the audit). */
  async deactivateOthers(tx: Tx, role: Role, exceptId: string): Promise<string[]> {
    const others = await tx.commissionPlan.findMany({ where: { role, active: true, id: { not: exceptId } }, select: { id: true } });
    if (others.length) await tx.commissionPlan.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false, version: { increment: 1 } } });
    return others.map((o) => o.id);
  }

  async remove(tx: Tx, id: string): Promise<void> {
    await tx.commissionPlan.delete({ where: { id } });
  }
}

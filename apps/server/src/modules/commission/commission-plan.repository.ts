import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
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
 * Commission plans: company configuration (like pipeline stages), not owned records, so
 * reads take no Scope; the resolvers restrict them to `commission:manage`.
 */
export class CommissionPlanRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  async list(tx: Tx | Db = this.db): Promise<CommissionPlan[]> {
    return (await tx.commissionPlan.findMany({ include, orderBy: [{ role: 'asc' }, { active: 'desc' }, { name: 'asc' }, { id: 'asc' }] })).map(toPlan);
  }

  async find(id: string, tx: Tx | Db = this.db): Promise<CommissionPlan | null> {
    const row = await tx.commissionPlan.findUnique({ where: { id }, include });
    return row ? toPlan(row) : null;
  }

  async findByIds(ids: readonly string[], tx: Tx | Db = this.db): Promise<CommissionPlan[]> {
    return (await tx.commissionPlan.findMany({ where: { id: { in: [...ids] } }, include })).map(toPlan);
  }

  async active(tx: Tx | Db = this.db): Promise<CommissionPlan[]> {
    return (await tx.commissionPlan.findMany({ where: { active: true }, include, orderBy: { role: 'asc' } })).map(toPlan);
  }

  /** Serializes plan writes, so two plans of a role never both end up active. */
  async lock(tx: Tx): Promise<void> {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${0x434f5044}::bigint)`;
  }

  async create(tx: Tx, id: string, v: PlanValues): Promise<CommissionPlan> {
    const { tiers, ...plan } = v;
    await tx.commissionPlan.create({ data: { id, ...plan, tiers: { create: tiers.map((t) => ({ id: crypto.randomUUID(), ...t })) } } });
    return (await this.find(id, tx))!;
  }

  /** Updates only when `version` still matches; null otherwise. Given tiers replace the old ones. */
  async update(tx: Tx, id: string, version: number, v: Partial<PlanValues>): Promise<CommissionPlan | null> {
    const { tiers, ...plan } = v;
    const { count } = await tx.commissionPlan.updateMany({ where: { id, version }, data: { ...plan, version: { increment: 1 } } });
    if (count === 0) return null;
    if (tiers) {
      await tx.commissionTier.deleteMany({ where: { planId: id } });
      await tx.commissionTier.createMany({ data: tiers.map((t) => ({ id: crypto.randomUUID(), planId: id, ...t })) });
    }
    return this.find(id, tx);
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

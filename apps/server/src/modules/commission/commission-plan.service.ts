import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import { badInput, staleVersion, type FieldError } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { Decimal, checkCurrency, formatAmount } from '../../core/money/money.ts';
import type { CurrencyService } from '../currency/currency.service.ts';
import type { CommissionPlanRepository, PlanValues } from './commission-plan.repository.ts';
import type { CommissionTierInput, CreateCommissionPlanInput, UpdateCommissionPlanInput } from './commission.inputs.ts';
import type { CommissionPlan } from './commission.type.ts';
import { planNotFound } from './commission.errors.ts';

const DECIMAL = /^\d{1,16}(\.\d{1,2})?$/;
const MAX_TIERS = 20;

/** Checks tiers: at least one, the first from 0, strictly increasing, rates 0–100; errors name `input.tiers[i].field`. */
export function checkTiers(tiers: CommissionTierInput[] | null | undefined): PlanValues['tiers'] {
  if (!tiers?.length) throw badInput('input.tiers', 'needs at least one tier');
  if (tiers.length > MAX_TIERS) throw badInput('input.tiers', `may have at most ${MAX_TIERS} tiers`);
  const errors: FieldError[] = [];
  const checked = tiers.map((t, i) => {
    const field = (f: string) => `input.tiers[${i}].${f}`;
    const from = (t.fromAmount ?? '').trim();
    const rate = (t.ratePercent ?? '').trim();
    let fromAmount = new Decimal(0);
    let ratePercent = new Decimal(0);
    if (!DECIMAL.test(from)) errors.push({ field: field('fromAmount'), message: 'must be a decimal number ≥ 0 with at most 2 decimal places' });
    else fromAmount = new Decimal(from);
    if (!DECIMAL.test(rate) || new Decimal(rate).gt(100)) errors.push({ field: field('ratePercent'), message: 'must be a percentage from 0 to 100 with at most 2 decimal places' });
    else ratePercent = new Decimal(rate);
    return { fromAmount, ratePercent, ok: DECIMAL.test(from) };
  });
  if (checked[0]!.ok && !checked[0]!.fromAmount.isZero()) errors.push({ field: 'input.tiers[0].fromAmount', message: 'the first tier must start at 0' });
  checked.forEach((t, i) => {
    const prev = checked[i - 1];
    if (i > 0 && t.ok && prev?.ok && !t.fromAmount.gt(prev.fromAmount)) {
      errors.push({ field: `input.tiers[${i}].fromAmount`, message: 'must be greater than the previous tier’s' });
    }
  });
  if (errors.length) throw badInput(errors);
  return checked.map(({ fromAmount, ratePercent }) => ({ fromAmount, ratePercent }));
}

const auditView = (p: Pick<CommissionPlan, 'name' | 'role' | 'currency' | 'mode' | 'active' | 'tiers'>) => ({
  name: p.name, role: p.role, currency: p.currency, mode: p.mode, active: p.active,
  tiers: p.tiers.map((t) => `${formatAmount(t.fromAmount)}: ${formatAmount(t.ratePercent)}%`).join('; '),
});

/**
 * Commission plans (issue 3 item 7): per role and currency, MARGINAL or WHOLE tiers. At most one
 * plan per role is active: activating one deactivates the other in the same transaction. Every
 * change is audited as entity 'CommissionPlan'.
 */
export class CommissionPlanService {
  constructor(
    readonly repo: CommissionPlanRepository,
    private readonly currencies: CurrencyService,
  ) {}

  list(scope: Scope): Promise<CommissionPlan[]> {
    return this.repo.list(scope);
  }

  async create(viewer: Viewer, scope: Scope, input: CreateCommissionPlanInput): Promise<CommissionPlan> {
    const values: PlanValues = {
      name: checkName(input.name),
      role: checkRole(input.role),
      currency: await this.checkPlanCurrency(scope, input.currency),
      mode: input.mode ?? 'MARGINAL',
      active: input.active ?? true,
      tiers: checkTiers(input.tiers),
    };
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lock(tx);
      const plan = await this.repo.create(tx, scope, newId(), values);
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'CommissionPlan', entityId: plan.id, changes: diffFields({}, auditView(plan)) });
      if (plan.active) await this.deactivateOthers(tx, viewer, plan);
      return plan;
    });
  }

  async update(viewer: Viewer, scope: Scope, idArg: string, input: UpdateCommissionPlanInput): Promise<CommissionPlan> {
    const id = checkId(idArg, 'id');
    const before = await this.repo.find(scope, id);
    if (!before) throw planNotFound();
    const values: Partial<PlanValues> = {};
    if (input.name != null) values.name = checkName(input.name);
    if (input.role != null) values.role = checkRole(input.role);
    if (input.currency != null) values.currency = await this.checkPlanCurrency(scope, input.currency);
    if (input.mode != null) values.mode = input.mode;
    if (input.active != null) values.active = input.active;
    if (input.tiers != null) values.tiers = checkTiers(input.tiers);
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.lock(tx);
      const after = await this.repo.update(tx, scope, id, input.version, values);
      if (!after) throw staleVersion('CommissionPlan');
      const changes = diffFields(auditView(before), auditView(after));
      if (changes.length) await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'CommissionPlan', entityId: id, changes });
      if (after.active) await this.deactivateOthers(tx, viewer, after);
      return (await this.repo.find(scope, id, tx))!;
    });
  }

  async delete(viewer: Viewer, scope: Scope, idArg: string): Promise<boolean> {
    const id = checkId(idArg, 'id');
    const before = await this.repo.find(scope, id);
    if (!before) throw planNotFound();
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.remove(tx, id);
      await recordChange(tx, { actorId: viewer.id, action: 'DELETED', entity: 'CommissionPlan', entityId: id, changes: diffFields(auditView(before), { name: null }) });
      return true;
    });
  }

  private async deactivateOthers(tx: Parameters<Parameters<CommissionPlanRepository['transaction']>[1]>[0], viewer: Viewer, plan: CommissionPlan) {
    for (const other of await this.repo.deactivateOthers(tx, plan.role, plan.id)) {
      await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'CommissionPlan', entityId: other, changes: [{ field: 'active', from: 'true', to: 'false' }] });
    }
  }

  /** A supported currency that can be converted into: the base currency or one with a rate. */
  private async checkPlanCurrency(scope: Scope, value: string): Promise<string> {
    const code = checkCurrency(value, 'input.currency');
    const { baseCurrency, rates } = await this.currencies.rates(scope);
    if (code !== baseCurrency && !rates.some((r) => r.currency === code)) throw badInput('input.currency', `has no exchange rate into ${baseCurrency}`);
    return code;
  }
}

function checkName(value: string): string {
  const name = (value ?? '').trim();
  if (!name || name.length > 100) throw badInput('input.name', name ? 'must be 1 to 100 characters' : 'is required');
  return name;
}

function checkRole(role: PlanValues['role']): PlanValues['role'] {
  if (role === 'PARTNER') throw badInput('input.role', 'partner users earn no commission');
  return role;
}

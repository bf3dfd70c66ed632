import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { viewerCan } from '../../core/auth/permissions.ts';
import { recordChange, type FieldChange } from '../../core/changes/change.ts';
import { badInput, forbidden, notFound } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId } from '../../core/ids.ts';
import { checkCurrency, parseAmount } from '../../core/money/money.ts';
import type { SalesTargetFilter, SetSalesTargetInput } from './target.inputs.ts';
import type { TargetOwner, TargetRepository, TargetValues } from './target.repository.ts';
import type { SalesTarget } from './target.type.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** BAD_USER_INPUT unless `periodStart` is the first day of a month (MONTH) or of a quarter (QUARTER). */
export function checkPeriodStart(period: string, periodStart: string, field = 'input.periodStart'): string {
  const m = ISO_DATE.exec(periodStart ?? '');
  if (!m) throw badInput(field, 'must be a date (YYYY-MM-DD)');
  if (m[3] !== '01') throw badInput(field, `must be the first day of a ${period === 'QUARTER' ? 'quarter' : 'month'}`);
  if (period === 'QUARTER' && (Number(m[2]) - 1) % 3 !== 0) throw badInput(field, 'must be the first day of a quarter (Jan, Apr, Jul or Oct)');
  return periodStart;
}

/**
 * Sales targets (issue 3 item 6). Who may set a target: holders of `admin:sales` for anyone;
 * other holders of `target:manage` (sales managers) for users and departments in their own
 * department subtree (themselves included). Every change is audited as entity 'SalesTarget'.
 */
export class TargetService {
  constructor(readonly repo: TargetRepository) {}

  list(scope: Scope, filter: SalesTargetFilter | null | undefined): Promise<SalesTarget[]> {
    return this.repo.list(scope, {
      ...filter,
      userId: filter?.userId,
      departmentId: filter?.departmentId,
    });
  }

  async set(viewer: Viewer, scope: Scope, input: SetSalesTargetInput): Promise<SalesTarget> {
    const values = this.checked(input);
    await this.checkMayManage(viewer, scope, values);
    return this.repo.transaction(scope, async (tx) => {
      const before = await this.repo.findForUpdate(tx, values);
      const after = await this.repo.save(tx, before, values);
      const changes: FieldChange[] = (['amount', 'currency'] as const)
        .filter((f) => before?.[f] !== after[f])
        .map((f) => ({ field: f, from: before?.[f] ?? null, to: after[f] }));
      if (changes.length) {
        await recordChange(tx, { actorId: viewer.id, action: before ? 'UPDATED' : 'CREATED', entity: 'SalesTarget', entityId: after.id, changes });
      }
      return after;
    });
  }

  async delete(viewer: Viewer, scope: Scope, idArg: string): Promise<boolean> {
    const id = checkId(idArg, 'id');
    const target = await this.repo.find(scope, id);
    if (!target) throw notFound('SalesTarget');
    await this.checkMayManage(viewer, scope, target);
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.remove(tx, scope, id);
      await recordChange(tx, {
        actorId: viewer.id,
        action: 'DELETED',
        entity: 'SalesTarget',
        entityId: id,
        changes: [{ field: 'amount', from: target.amount, to: null }],
      });
      return true;
    });
  }

  private checked(input: SetSalesTargetInput): TargetValues {
    const userId = checkOptionalId(input.userId, 'input.userId') ?? null;
    const departmentId = checkOptionalId(input.departmentId, 'input.departmentId') ?? null;
    if ((userId === null) === (departmentId === null)) throw badInput('input.userId', 'set exactly one of userId and departmentId');
    return {
      userId,
      departmentId,
      period: input.period,
      periodStart: checkPeriodStart(input.period, input.periodStart),
      amount: parseAmount(input.amount, 'input.amount'),
      currency: checkCurrency(input.currency, 'input.currency'),
    };
  }

  private async checkMayManage(viewer: Viewer, scope: Scope, owner: TargetOwner): Promise<void> {
    const field = owner.userId ? 'input.userId' : 'input.departmentId';
    if (!(await this.repo.ownerExists(owner))) throw badInput(field, 'does not exist');
    if (viewerCan(viewer, 'admin:sales')) return;
    const allowed = scope.kind === 'department'
      && (owner.userId ? scope.userIds.includes(owner.userId) : await this.repo.departmentInSubtree(scope, owner.departmentId!));
    if (!allowed) throw forbidden('Targets can be set only for users and departments in your department subtree');
  }
}

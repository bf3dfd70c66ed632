import type { Scope } from '../../core/auth/scope.ts';
import { scopeMayModify } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { recordChange } from '../../core/changes/change.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import type { TerritoryRepository, Tx } from '../territory/territory.repository.ts';
import { customerNotEditable, customerNotFound } from './customer.errors.ts';
import { CustomerSortField } from './customer.inputs.ts';
import type { CustomerService } from './customer.service.ts';
import type { Customer } from './customer.type.ts';
import type { AssignCustomersToTerritoryInput } from './customer-territory.inputs.ts';
import type { AssignCustomersResult } from './customer-territory.type.ts';

export const MAX_BULK_ASSIGN = 500;

/** Customers moved into a territory in bulk (issue 3 item 6). */
export class CustomerTerritoryService {
  constructor(
    private readonly customers: CustomerService,
    private readonly repo: TerritoryRepository,
  ) {}

  /**
   * Moves customers into a territory, all or nothing. By ids: every id must be a live customer
   * the viewer may change (invisible → NOT_FOUND, visible but not theirs → FORBIDDEN, as on
   * the customer page). By filter: the customers of that list the viewer may change.
   * One audit entry per customer whose territory changed, shown on its timeline.
   */
  async assignCustomers(viewer: Viewer, scope: Scope, input: AssignCustomersToTerritoryInput): Promise<AssignCustomersResult> {
    const territoryId = checkId(input.territoryId, 'input.territoryId');
    const hasIds = input.customerIds != null;
    if (hasIds === (input.filter != null)) throw badInput('input.customerIds', 'give either customer ids or a filter');
    if (!(await this.repo.exists(territoryId))) throw badInput('input.territoryId', 'no such territory');
    const targets = hasIds ? await this.byIds(scope, input.customerIds!) : await this.byFilter(scope, input);
    const changed = targets.filter((c) => c.territoryId !== territoryId);
    await this.repo.transaction(scope, async (tx: Tx) => {
      if (changed.length) await this.repo.setCustomersTerritory(tx, changed.map((c) => c.id), territoryId);
      for (const c of changed) {
        await recordChange(tx, {
          actorId: viewer.id, action: 'UPDATED', entity: 'Customer', entityId: c.id, customerId: c.id,
          changes: [{ field: 'territoryId', from: c.territoryId, to: territoryId }],
        });
      }
    });
    return { changedCount: changed.length, customerIds: targets.map((c) => c.id) };
  }

  private async byIds(scope: Scope, ids: string[]): Promise<Customer[]> {
    if (ids.length === 0) throw badInput('input.customerIds', 'choose at least one customer');
    if (ids.length > MAX_BULK_ASSIGN) throw badInput('input.customerIds', `at most ${MAX_BULK_ASSIGN} customers`);
    ids.forEach((id, i) => checkId(id, `input.customerIds.${i}`));
    const unique = [...new Set(ids)];
    const found = new Map((await this.customers.repo.findManyVisible(scope, unique)).map((c) => [c.id, c]));
    const rows = unique.map((id) => found.get(id));
    if (rows.some((c) => !c || c.deletedAt)) throw customerNotFound();
    if (rows.some((c) => !scopeMayModify(scope, c!.ownerId, c!.partnerId))) throw customerNotEditable();
    return rows as Customer[];
  }

  private async byFilter(scope: Scope, input: AssignCustomersToTerritoryInput): Promise<Customer[]> {
    const filter = { ...input.filter, deleted: undefined };
    const { rows } = await this.customers.repo.list(scope, { filter, field: CustomerSortField.NAME, direction: 'asc', after: null, take: 5000 });
    const editable = rows.filter((c) => scopeMayModify(scope, c.ownerId, c.partnerId));
    if (editable.length > MAX_BULK_ASSIGN) throw badInput('input.filter', `matches more than ${MAX_BULK_ASSIGN} customers you may change; narrow it`);
    return editable;
  }
}

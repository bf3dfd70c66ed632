import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { ContractRepository, Tx } from './contract.repository.ts';
import type { ContractService } from './contract.service.ts';
import type { ContractEntitlement, CustomerEntitlement } from './contract.type.ts';
import type { EntitlementInput, UpdateEntitlementInput } from './contract.inputs.ts';
import { entitlementNotFound, exhausted } from './contract.errors.ts';
import { checkDate } from './contract.fields.ts';

const count = (value: number | null | undefined, field: string, max = 1_000_000): number | null => {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > max) throw badInput(field, `must be a whole number from 0 to ${max}`);
  return value;
};
const auditable = (e: Partial<ContractEntitlement>) => ({ name: e.name, productId: e.productId, quantity: e.quantity ?? 'unlimited', used: e.used, responseHours: e.responseHours });

/**
 * Entitlement lines of contracts: changed under the contract's own rules (visible, the
 * viewer may modify it, DRAFT or ACTIVE), looked up by the service module for a customer on
 * a day, and consumed inside the service module's transactions without ever passing the quantity.
 */
export class ContractEntitlementService {
  constructor(
    private readonly repo: ContractRepository,
    private readonly contracts: ContractService,
    private readonly customers: CustomerService,
  ) {}

  async add(viewer: Viewer, scope: Scope, contractId: string, input: EntitlementInput): Promise<ContractEntitlement> {
    const contract = await this.contracts.editable(scope, contractId);
    const data = await this.checked(input, null);
    return this.repo.transaction(scope, async (tx) => {
      const created = await this.repo.createEntitlement(tx, {
        id: newId(), contractId: contract.id, name: data.name!, productId: data.productId ?? null, quantity: data.quantity ?? null,
        used: data.used ?? 0, responseHours: data.responseHours ?? null, notes: data.notes ?? null,
      });
      await this.audit(tx, viewer, contract, 'ENTITLEMENT_ADDED', diffFields({}, auditable(created)));
      return created;
    });
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateEntitlementInput): Promise<ContractEntitlement> {
    const { before, contract } = await this.editable(scope, id);
    const data = await this.checked(input, before);
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.updateEntitlement(tx, id, data);
      await this.audit(tx, viewer, contract, 'ENTITLEMENT_UPDATED', diffFields(auditable(before), auditable(after)));
      return after;
    });
  }

  async remove(viewer: Viewer, scope: Scope, id: string): Promise<ContractEntitlement> {
    const { before, contract } = await this.editable(scope, id);
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.deleteEntitlement(tx, id);
      await this.audit(tx, viewer, contract, 'ENTITLEMENT_REMOVED', diffFields(auditable(before), { name: null }));
      return before;
    });
  }

  /**
   * What the customer is entitled to on `on`: the lines of its live ACTIVE (or EXPIRING)
   * contracts whose period contains the day, with what remains. Entitlements follow the
   * customer: whoever may see the customer may check them (the service desk needs this).
   */
  async forCustomer(scope: Scope, customerId: string, on: string): Promise<CustomerEntitlement[]> {
    checkDate(on, 'on');
    const customer = await this.customers.get(scope, customerId);
    return this.repo.inEffect(customer.id, on);
  }

  /** Uses `units` of an entitlement inside the caller's transaction; CONFLICT ENTITLEMENT_EXHAUSTED past the quantity. */
  async consumeEntitlement(tx: Tx, entitlementId: string, units: number): Promise<ContractEntitlement> {
    checkId(entitlementId, 'entitlementId');
    if (!Number.isInteger(units) || units < 1) throw badInput('units', 'must be a whole number of at least 1');
    if (!(await this.repo.consume(tx, entitlementId, units))) {
      const current = await this.repo.entitlementInUse(tx, entitlementId);
      if (!current) throw entitlementNotFound();
      throw exhausted(current.name, current.remaining ?? 0);
    }
    return (await this.repo.entitlementInUse(tx, entitlementId))!;
  }

  private async editable(scope: Scope, id: string) {
    const before = await this.repo.entitlement(scope, checkId(id));
    if (!before) throw entitlementNotFound();
    return { before, contract: await this.contracts.editable(scope, before.contractId) };
  }

  private async checked(input: UpdateEntitlementInput, before: ContractEntitlement | null) {
    const data: { name?: string; productId?: string | null; quantity?: number | null; used?: number; responseHours?: number | null; notes?: string | null } = {};
    if (input.name !== undefined || !before) {
      const name = input.name?.trim();
      if (!name) throw badInput('input.name', 'is required');
      if (name.length > 200) throw badInput('input.name', 'must be 1 to 200 characters');
      data.name = name;
    }
    if (input.productId !== undefined) {
      if (input.productId && !(await this.repo.productExists(checkId(input.productId, 'input.productId')))) throw badInput('input.productId', 'no such product');
      data.productId = input.productId || null;
    }
    if (input.quantity !== undefined) data.quantity = count(input.quantity, 'input.quantity');
    if (input.used !== undefined && input.used !== null) data.used = count(input.used, 'input.used')!;
    if (input.responseHours !== undefined) data.responseHours = count(input.responseHours, 'input.responseHours', 8760);
    if (input.notes !== undefined) data.notes = input.notes?.trim() || null;
    const quantity = data.quantity !== undefined ? data.quantity : (before?.quantity ?? null);
    const used = data.used ?? before?.used ?? 0;
    if (quantity !== null && used > quantity) throw badInput(data.used !== undefined ? 'input.used' : 'input.quantity', `used (${used}) cannot exceed the quantity (${quantity})`);
    return data;
  }

  private audit(tx: Tx, viewer: Viewer, contract: { id: string; customerId: string }, action: string, changes: ReturnType<typeof diffFields>) {
    return recordChange(tx, { actorId: viewer.id, action, entity: 'Contract', entityId: contract.id, customerId: contract.customerId, changes });
  }
}

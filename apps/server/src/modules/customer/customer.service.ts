import type { ShareRepository } from '../share/share.repository.ts';
import { SharedEntity } from '../share/share.type.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopeMayModify, scopeOwnerIds } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput, forbidden, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId, newId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import { documentTokens } from '../../core/search/search-tokens.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import type { UserRepository } from '../user/user.repository.ts';
import type { TerritoryRepository } from '../territory/territory.repository.ts';
import { CustomerRepository, type Tx } from './customer.repository.ts';
import type { Customer, DuplicateMatch } from './customer.type.ts';
import { CustomerSortField, type CreateCustomerInput, type CustomersArgs, type DuplicateArgs, type UpdateCustomerInput } from './customer.inputs.ts';
import { customerDeleted, customerNotEditable, customerNotFound, duplicatesFound } from './customer.errors.ts';

type CustomerFieldsData = Omit<Prisma.CustomerUncheckedCreateInput, 'id' | 'name'> & { name?: string };

/** A new customer checked by prepareCreate, ready for createWithin. */
export interface PreparedCustomer {
  input: CreateCustomerInput;
  data: CustomerFieldsData;
  ownerId: string | null;
}

const MAX_CUSTOM_FIELDS = 50;

/** Business rules for customers: visibility, ownership, duplicates, versions and audit. */
export class CustomerService {
  constructor(
    readonly repo: CustomerRepository,
    private readonly users: UserRepository,
    private readonly territories: TerritoryRepository,
    private readonly shares: ShareRepository,
  ) {}

  async list(scope: Scope, args: CustomersArgs): Promise<Connection<Customer>> {
    const first = checkPageSize(args.first);
    const field = args.orderBy?.field ?? CustomerSortField.UPDATED_AT;
    const direction = args.orderBy?.direction ?? SortDirection.DESC;
    const { rows, totalCount } = await this.repo.list(scope, {
      filter: args.filter,
      field,
      direction,
      after: decodeCursor(args.after),
      take: first + 1,
    });
    return toConnection(rows, first, (c) => sortValue(c, field), totalCount);
  }

  async get(scope: Scope, id: string): Promise<Customer> {
    const customer = await this.repo.findVisible(scope, checkId(id));
    if (!customer) throw customerNotFound();
    return customer;
  }

  async duplicates(scope: Scope, probe: DuplicateArgs): Promise<DuplicateMatch[]> {
    checkOptionalId(probe.excludeId, 'excludeId');
    const found = await this.repo.findDuplicates(scope, probe);
    const name = probe.name?.trim().toLowerCase();
    const phone = probe.phone?.trim();
    const email = probe.email?.trim().toLowerCase();
    return found.map((c) => ({
      id: c.id,
      name: c.name,
      matchedOn: [
        ...(name && c.name.toLowerCase() === name ? ['name'] : []),
        ...(phone && c.phone === phone ? ['phone'] : []),
        ...(email && c.email === email ? ['email'] : []),
      ],
    }));
  }

  async create(viewer: Viewer, scope: Scope, input: CreateCustomerInput): Promise<Customer> {
    const prepared = await this.prepareCreate(viewer, scope, input);
    if (!input.allowDuplicate) {
      const dupes = await this.duplicates(scope, { name: input.name, phone: input.phone, email: input.email });
      if (dupes.length) throw duplicatesFound(dupes);
    }
    return this.repo.transaction(scope, (tx) => this.createWithin(tx, viewer, scope, prepared));
  }

  /** Checks a new customer's fields and owner (reads outside any transaction); no duplicate check. */
  async prepareCreate(viewer: Viewer, scope: Scope, input: CreateCustomerInput): Promise<PreparedCustomer> {
    const ownerId = input.ownerId === undefined ? (scope.kind === 'partner' ? null : viewer.id) : input.ownerId;
    const data = await this.checkedFields(scope, input, { ownerId });
    return { input, data, ownerId };
  }

  /** Inserts a prepared customer inside the caller's transaction (lead conversion), with its audit entry. */
  createWithin(tx: Tx, viewer: Viewer, scope: Scope, prepared: PreparedCustomer): Promise<Customer> {
    return this.insertWithin(tx, viewer, scope, prepared.input, prepared.data, prepared.ownerId);
  }

  private async insertWithin(
    tx: Tx, viewer: Viewer, scope: Scope, input: CreateCustomerInput, data: CustomerFieldsData, ownerId: string | null,
  ): Promise<Customer> {
    const id = newId();
    const customer = await this.repo.create(tx, {
      ...data,
      id,
      name: input.name.trim(),
      partnerId: scope.kind === 'partner' ? scope.partnerId : null,
      claimedAt: ownerId ? new Date() : null,
      createdById: viewer.id,
      searchTokens: documentTokens(input.name, data.phone as string | null, data.email as string | null),
    });
    await recordChange(tx, {
      actorId: viewer.id,
      action: 'CREATED',
      entity: 'Customer',
      entityId: id,
      customerId: id,
      changes: diffFields({}, auditable(customer)),
    });
    return customer;
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateCustomerInput): Promise<Customer> {
    const before = await this.editable(scope, id);
    if (before.deletedAt) throw customerDeleted(before);
    const data = await this.checkedFields(scope, input, { ownerId: input.ownerId, before });
    if (input.name !== undefined) {
      if (input.name === null || !input.name.trim()) throw badInput('input.name', 'is required');
      data.name = input.name.trim();
    }
    const name = data.name ?? before.name;
    const phone = data.phone === undefined ? before.phone : (data.phone as string | null);
    const email = data.email === undefined ? before.email : (data.email as string | null);
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.updateVersioned(tx, before.id, input.version, {
        ...data,
        searchTokens: documentTokens(name, phone, email),
      });
      if (!after) throw staleVersion('Customer');
      await this.audit(tx, viewer, 'UPDATED', before, after);
      return after;
    });
  }

  async remove(viewer: Viewer, scope: Scope, id: string): Promise<Customer> {
    const before = await this.editable(scope, id);
    if (before.deletedAt) return before;
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.update(tx, before.id, { deletedAt: new Date() });
      await recordChange(tx, { actorId: viewer.id, action: 'DELETED', entity: 'Customer', entityId: before.id, customerId: before.id });
      return after;
    });
  }

  async restore(viewer: Viewer, scope: Scope, id: string): Promise<Customer> {
    const before = await this.editable(scope, id);
    if (!before.deletedAt) return before;
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.update(tx, before.id, { deletedAt: null });
      await recordChange(tx, { actorId: viewer.id, action: 'RESTORED', entity: 'Customer', entityId: before.id, customerId: before.id });
      return after;
    });
  }

  /**
   * Visible and modifiable by this scope (its own at its base level, or shared with it
   * read-write); NOT_FOUND when invisible, FORBIDDEN when only visible.
   */
  async editable(scope: Scope, id: string): Promise<Customer> {
    const customer = await this.get(scope, id);
    if (!scopeMayModify(scope, customer.ownerId, customer.partnerId) && !(await this.shares.editableThroughShare(scope, SharedEntity.CUSTOMER, customer.id))) {
      throw customerNotEditable();
    }
    return customer;
  }

  async audit(tx: Tx, viewer: Viewer, action: string, before: Customer, after: Customer): Promise<void> {
    const changes = diffFields(auditable(before), auditable(after));
    if (changes.length || action !== 'UPDATED') {
      await recordChange(tx, { actorId: viewer.id, action, entity: 'Customer', entityId: after.id, customerId: after.id, changes });
    }
  }

  /** Validates and normalizes the shared fields; only given ones are returned. */
  private async checkedFields(
    scope: Scope,
    input: CreateCustomerInput | UpdateCustomerInput,
    opts: { ownerId: string | null | undefined; before?: Customer },
  ): Promise<CustomerFieldsData> {
    const data: CustomerFieldsData = {};
    for (const key of ['kind', 'tier', 'lifecycleStage'] as const) {
      if (input[key] === null) throw badInput(`input.${key}`, 'cannot be empty');
      if (input[key] !== undefined) (data as Record<string, unknown>)[key] = input[key];
    }
    for (const key of ['industry', 'size', 'website'] as const) {
      if (input[key] !== undefined) (data as Record<string, unknown>)[key] = emptyToNull(input[key]);
    }
    if (input.phone !== undefined) data.phone = emptyToNull(input.phone?.trim());
    if (input.email !== undefined) data.email = emptyToNull(input.email?.trim().toLowerCase());
    if (input.tags !== undefined) data.tags = [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))];
    if (input.address !== undefined) {
      for (const key of ['country', 'province', 'city', 'street', 'postalCode'] as const) {
        data[key] = emptyToNull(input.address?.[key]?.trim());
      }
    }
    if (input.customFields !== undefined) {
      const fields = input.customFields ?? {};
      if (Object.keys(fields).length > MAX_CUSTOM_FIELDS) throw badInput('input.customFields', `at most ${MAX_CUSTOM_FIELDS} fields`);
      if (JSON.stringify(fields).length > 10_000) throw badInput('input.customFields', 'is too large');
      data.customFields = fields as Prisma.InputJsonValue;
    }
    if (input.territoryId !== undefined) {
      if (input.territoryId !== null && !(await this.territories.exists(checkId(input.territoryId, 'input.territoryId')))) {
        throw badInput('input.territoryId', 'no such territory');
      }
      data.territoryId = input.territoryId;
    }
    if (opts.ownerId !== undefined && opts.ownerId !== opts.before?.ownerId) {
      await this.checkOwner(scope, opts.ownerId, opts.before);
      data.ownerId = opts.ownerId;
      data.claimedAt = opts.ownerId ? new Date() : null;
    }
    return data;
  }

  /** Who may give a customer to whom: reps only to themselves or the pool, managers within their department. */
  private async checkOwner(scope: Scope, ownerId: string | null, before?: Customer): Promise<void> {
    if (ownerId !== null) checkId(ownerId, 'input.ownerId');
    if (scope.kind === 'partner') throw forbidden('Partners cannot assign owners');
    if (scope.kind === 'own') {
      const allowed = before ? ownerId === null && before.ownerId === scope.userId : ownerId === null || ownerId === scope.userId;
      if (!allowed) throw forbidden('Only managers can assign customers to other people');
    }
    if (ownerId === null) return;
    const allowedIds = scopeOwnerIds(scope);
    const owner = await this.users.findActiveStaff(ownerId);
    if (!owner || (allowedIds && !allowedIds.includes(ownerId))) throw badInput('input.ownerId', 'no such active user in your team');
  }
}

function emptyToNull<T>(value: T | null | undefined): T | null {
  return value === undefined || value === null || value === '' ? null : value;
}

function sortValue(c: Customer, field: CustomerSortField): string | number {
  const value = c[field as keyof Customer];
  return value instanceof Date ? value.toISOString() : String(value);
}

/** The fields whose changes are worth showing on the timeline. */
function auditable(c: Customer): Record<string, unknown> {
  return {
    name: c.name, kind: c.kind, industry: c.industry, size: c.size, tier: c.tier, lifecycleStage: c.lifecycleStage,
    ownerId: c.ownerId, territoryId: c.territoryId, tags: c.tags, phone: c.phone, email: c.email, website: c.website,
    country: c.address.country, province: c.address.province, city: c.address.city, street: c.address.street,
    postalCode: c.address.postalCode, customFields: c.customFields,
  };
}

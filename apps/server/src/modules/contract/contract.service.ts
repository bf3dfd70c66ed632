import type { ShareRepository } from '../share/share.repository.ts';
import { SharedEntity } from '../share/share.type.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { scopeMayModify } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChange, type FieldChange } from '../../core/changes/change.ts';
import { nextDocumentNumber } from '../../core/documents/document-number.ts';
import { badInput, forbidden, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { formatAmount } from '../../core/money/money.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import { checkOwner } from '../opportunity/opportunity.fields.ts';
import type { ContractRepository, Tx } from './contract.repository.ts';
import type { Contract } from './contract.type.ts';
import { ContractSortField, type ContractsArgs, type CreateContractInput, type RenewContractInput, type UpdateContractInput } from './contract.inputs.ts';
import { alreadyRenewed, contractNotFound, noSuchCustomer, notActive, notDraft, notEditable } from './contract.errors.ts';
import { auditable, checkDate, checkedFields, checkPeriod, contractTokens } from './contract.fields.ts';
import { addDays, contractStatus, fromLocalDate, toLocalDate, type LocalDate } from './contract-status.ts';

type Links = { contactId?: string | null; ownerId?: string | null; partnerId?: string | null; opportunityId?: string | null; orderId?: string | null };

/** Business rules for contracts: visibility, parties, dates, the state machine, renewal, versions and audit. */
export class ContractService {
  constructor(
    readonly repo: ContractRepository,
    private readonly customers: CustomerService,
    private readonly shares: ShareRepository,
    /** The clock, replaceable in tests. */
    readonly now: () => Date = () => new Date(),
  ) {}

  today(): LocalDate {
    return toLocalDate(this.now());
  }

  /** The contract's status today: the one derivation the API exposes. */
  status(c: Contract) {
    return contractStatus(c, this.today());
  }

  async list(scope: Scope, args: ContractsArgs): Promise<Connection<Contract>> {
    const first = checkPageSize(args.first);
    const field = args.orderBy?.field ?? ContractSortField.END_DATE;
    const direction = args.orderBy?.direction ?? (field === ContractSortField.END_DATE ? SortDirection.ASC : SortDirection.DESC);
    const f = args.filter;
    const { rows, totalCount } = await this.repo.list(scope, { filter: f, field, direction, after: decodeCursor(args.after), take: first + 1, today: this.today() });
    return toConnection(rows, first, (c) => sortValue(c, field), totalCount);
  }

  async get(scope: Scope, id: string, tx?: Tx): Promise<Contract> {
    const found = await this.repo.findVisible(scope, checkId(id), tx);
    if (!found) throw contractNotFound();
    return found;
  }

  /** A live contract the viewer may change, in a state that may change (DRAFT or ACTIVE). */
  async editable(scope: Scope, id: string): Promise<Contract> {
    const c = await this.get(scope, id);
    if (c.deletedAt) throw contractNotFound();
    if (!scopeMayModify(scope, c.ownerId, c.partnerId) && !(await this.shares.editableThroughShare(scope, SharedEntity.CONTRACT, c.id))) {
      throw forbidden('Only the owner, their manager or a colleague it is shared with read-write may change this contract');
    }
    if (c.state !== 'DRAFT' && c.state !== 'ACTIVE') throw notEditable(c.number, c.state);
    return c;
  }

  async create(viewer: Viewer, scope: Scope, input: CreateContractInput): Promise<Contract> {
    const data = checkedFields({ ...input, kind: input.kind ?? null, title: input.title ?? null, value: input.value ?? null, currency: input.currency ?? null, startDate: input.startDate ?? null, endDate: input.endDate ?? null });
    checkPeriod(data.startDate as Date, data.endDate as Date);
    checkId(input.customerId, 'input.customerId');
    const customer = await this.customers.repo.findVisible(scope, input.customerId);
    if (!customer || customer.deletedAt) throw noSuchCustomer();
    const links = await this.checkLinks(scope, customer.id, { ...input, ownerId: input.ownerId === undefined ? viewer.id : input.ownerId }, null);
    return this.repo.transaction(scope, async (tx) => {
      const id = newId();
      const number = await nextDocumentNumber(tx, 'C', this.now());
      const contract = await this.repo.create(tx, {
        ...(data as object), ...links, id, number, kind: data.kind as 'SALES', title: data.title as string, customerId: customer.id,
        value: data.value as string, currency: data.currency as string, startDate: data.startDate as Date, endDate: data.endDate as Date,
        partnerId: scope.kind === 'partner' ? scope.partnerId : (links.partnerId ?? null),
        state: 'DRAFT', createdById: viewer.id, searchTokens: contractTokens(number, data.title as string),
      });
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'Contract', entityId: id, customerId: customer.id, changes: diffFields({}, auditable(contract)) });
      return contract;
    });
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateContractInput): Promise<Contract> {
    const before = await this.editable(scope, id);
    const data: Record<string, unknown> = checkedFields(input);
    const start = (data.startDate as Date | undefined) ?? fromLocalDate(before.startDate);
    const end = (data.endDate as Date | undefined) ?? fromLocalDate(before.endDate);
    checkPeriod(start, end);
    Object.assign(data, await this.checkLinks(scope, before.customerId, input, before));
    if (data.title) data.searchTokens = contractTokens(before.number, data.title as string);
    // a new end or notice period earns a new reminder
    if (data.endDate !== undefined || data.renewalNoticeDays !== undefined) data.renewalReminderAt = null;
    return this.save(viewer, scope, before, input.version, data, 'UPDATED');
  }

  async activate(viewer: Viewer, scope: Scope, id: string, version: number, signedDate?: string | null): Promise<Contract> {
    const before = await this.editable(scope, id);
    if (before.state !== 'DRAFT') throw notDraft(before.number, this.status(before));
    const signed = checkDate(signedDate, 'signedDate', false) ?? (before.signedDate ? fromLocalDate(before.signedDate) : fromLocalDate(this.today()));
    return this.save(viewer, scope, before, version, { state: 'ACTIVE', signedDate: signed }, 'ACTIVATED', 'DRAFT');
  }

  async terminate(viewer: Viewer, scope: Scope, id: string, version: number, reason: string): Promise<Contract> {
    const text = reason?.trim();
    if (!text) throw badInput('reason', 'is required');
    if (text.length > 1000) throw badInput('reason', 'must be at most 1000 characters');
    const before = await this.editable(scope, id);
    return this.save(viewer, scope, before, version, { state: 'TERMINATED', terminatedAt: this.now(), terminationReason: text }, 'TERMINATED', before.state);
  }

  /**
   * Renews an ACTIVE contract in one transaction: the old one becomes RENEWED (only if it still
   * is ACTIVE: a second renewal answers ALREADY_RENEWED) and the next one is created, ACTIVE or
   * DRAFT, starting the day after the old end unless told, with the entitlement lines copied
   * and nothing used yet.
   */
  async renew(viewer: Viewer, scope: Scope, id: string, input: RenewContractInput): Promise<Contract> {
    const old = await this.get(scope, id);
    if (old.deletedAt) throw contractNotFound();
    if (!scopeMayModify(scope, old.ownerId, old.partnerId)) throw forbidden('Only the owner or their manager may renew this contract');
    if (old.state === 'RENEWED') throw alreadyRenewed(old.number);
    if (old.state !== 'ACTIVE') throw notActive(old.number, this.status(old));
    const data = checkedFields({
      title: input.title, value: input.value, currency: input.currency, terms: input.terms, renewalNoticeDays: input.renewalNoticeDays,
      startDate: input.startDate ?? addDays(old.endDate, 1), endDate: input.endDate ?? null, signedDate: input.signedDate,
    });
    checkPeriod(data.startDate as Date, data.endDate as Date);
    const activate = input.activate !== false;
    return this.repo.transaction(scope, async (tx) => {
      if (!(await this.repo.markRenewed(tx, old.id))) throw alreadyRenewed(old.number);
      const nextId = newId();
      const number = await nextDocumentNumber(tx, 'C', this.now());
      const title = (data.title as string | undefined) ?? old.title;
      const next = await this.repo.create(tx, {
        id: nextId, number, kind: old.kind, title, customerId: old.customerId, contactId: old.contactId, ownerId: old.ownerId,
        partnerId: old.partnerId, opportunityId: old.opportunityId, orderId: null,
        value: (data.value as string | undefined) ?? formatAmount(old.valueAmount), currency: (data.currency as string | undefined) ?? old.currency,
        startDate: data.startDate as Date, endDate: data.endDate as Date,
        signedDate: activate ? ((data.signedDate as Date | null | undefined) ?? fromLocalDate(this.today())) : ((data.signedDate as Date | null | undefined) ?? null),
        terms: data.terms !== undefined ? (data.terms as string | null) : old.terms,
        renewalNoticeDays: (data.renewalNoticeDays as number | undefined) ?? old.renewalNoticeDays, autoRenew: old.autoRenew,
        state: activate ? 'ACTIVE' : 'DRAFT', renewedFromId: old.id, createdById: viewer.id, searchTokens: contractTokens(number, title),
      });
      await this.repo.copyEntitlements(tx, old.id, nextId, newId);
      await recordChange(tx, {
        actorId: viewer.id, action: 'RENEWED', entity: 'Contract', entityId: old.id, customerId: old.customerId,
        changes: [{ field: 'state', from: old.state, to: 'RENEWED' }, { field: 'renewedBy', from: null, to: number }],
      });
      await recordChange(tx, {
        actorId: viewer.id, action: 'CREATED', entity: 'Contract', entityId: nextId, customerId: old.customerId,
        changes: [...diffFields({}, auditable(next)), { field: 'renewedFrom', from: null, to: old.number }],
      });
      return next;
    });
  }

  /** Soft delete, DRAFT contracts only. */
  async remove(viewer: Viewer, scope: Scope, id: string): Promise<Contract> {
    const before = await this.editable(scope, id);
    if (before.state !== 'DRAFT') throw notDraft(before.number, this.status(before));
    return this.save(viewer, scope, before, before.version, { deletedAt: this.now() }, 'DELETED', 'DRAFT');
  }

  /** Writes a change with the version (and state) check and its audit entry, in one transaction. */
  private async save(viewer: Viewer, scope: Scope, before: Contract, version: number, data: Record<string, unknown>, action: string, state?: Contract['state']): Promise<Contract> {
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.updateVersioned(tx, before.id, version, data, state);
      if (!after) throw staleVersion('Contract');
      const changes: FieldChange[] = diffFields(auditable(before), auditable(after));
      if (changes.length || action !== 'UPDATED') {
        await recordChange(tx, { actorId: viewer.id, action, entity: 'Contract', entityId: before.id, customerId: before.customerId, changes });
      }
      return after;
    });
  }

  /** Checks the parties and links that are given; returns them normalized. */
  private async checkLinks(scope: Scope, customerId: string, input: Links, before: Contract | null): Promise<Links> {
    const out: Links = {};
    if (input.contactId !== undefined) {
      if (input.contactId && !(await this.repo.contactOfCustomer(scope, checkId(input.contactId, 'input.contactId'), customerId))) {
        throw badInput('input.contactId', 'no such contact of this customer');
      }
      out.contactId = input.contactId || null;
    }
    if (input.ownerId !== undefined && input.ownerId !== before?.ownerId) {
      out.ownerId = await checkOwner((uid) => this.repo.isActiveStaff(uid), scope, input.ownerId);
    }
    if (input.partnerId !== undefined && scope.kind !== 'partner') {
      if (input.partnerId && !(await this.repo.partnerExists(scope, checkId(input.partnerId, 'input.partnerId')))) throw badInput('input.partnerId', 'no such partner');
      out.partnerId = input.partnerId || null;
    }
    if (input.opportunityId !== undefined) {
      if (input.opportunityId && !(await this.repo.opportunityOfCustomer(scope, checkId(input.opportunityId, 'input.opportunityId'), customerId))) {
        throw badInput('input.opportunityId', 'no such deal of this customer');
      }
      out.opportunityId = input.opportunityId || null;
    }
    if (input.orderId !== undefined) {
      if (input.orderId && !(await this.repo.orderOfCustomer(checkId(input.orderId, 'input.orderId'), customerId))) {
        throw badInput('input.orderId', 'no such order of this customer');
      }
      out.orderId = input.orderId || null;
    }
    return out;
  }
}

function sortValue(c: Contract, field: ContractSortField): string {
  if (field === ContractSortField.VALUE) return formatAmount(c.valueAmount);
  if (field === ContractSortField.UPDATED_AT) return c.updatedAt.toISOString();
  return field === ContractSortField.START_DATE ? c.startDate : c.endDate;
}

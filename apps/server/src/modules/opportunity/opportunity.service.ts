import { forbidden } from '../../core/errors/app-error.ts';
import { scopeMayModify } from '../../core/auth/scope.ts';
import type { ShareRepository } from '../share/share.repository.ts';
import { SharedEntity } from '../share/share.type.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId, newId } from '../../core/ids.ts';
import { type Decimal, formatAmount } from '../../core/money/money.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import { documentTokens } from '../../core/search/search-tokens.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { PipelineService } from '../pipeline/pipeline.service.ts';
import type { PipelineStage } from '../pipeline/pipeline.type.ts';
import type { OpportunityRepository, Tx } from './opportunity.repository.ts';
import type { Opportunity } from './opportunity.type.ts';
import { OpportunitySortField, type CreateOpportunityInput, type OpportunitiesArgs, type UpdateOpportunityInput } from './opportunity.inputs.ts';
import { noOpenStage, noSuchCustomer, opportunityDeleted, opportunityNotFound } from './opportunity.errors.ts';
import { auditable, checkOwner, checkedFields } from './opportunity.fields.ts';
import { stageTransition, type Transition } from './stage-transition.ts';
import { assertPeriodOpen } from '../closed-period/closed-period.ts';

/** What a new deal needs; `createWithin` takes it from the API and from lead conversion. */
export interface OpportunityDraft {
  name: string;
  customerId: string;
  contactId?: string | null;
  /** Omitted: the creator. */
  ownerId?: string | null;
  /** Decimal string ≥ 0, at most 2 decimals. */
  amount: string;
  currency: string;
  expectedCloseDate: Date;
  source?: string | null;
  leadId?: string | null;
  /** Omitted: the first active OPEN stage, at its default probability. */
  stageId?: string | null;
  probability?: number | null;
  competitors?: string[] | null;
  description?: string | null;
  lostReason?: string | null;
}

/** Business rules for deals: visibility, ownership, stage rules, money, versions and audit. */
export class OpportunityService {
  constructor(
    readonly repo: OpportunityRepository,
    private readonly customers: CustomerService,
    private readonly pipeline: PipelineService,
    private readonly shares: ShareRepository,
  ) {}

  async list(scope: Scope, args: OpportunitiesArgs): Promise<Connection<Opportunity>> {
    const first = checkPageSize(args.first);
    const field = args.orderBy?.field ?? OpportunitySortField.UPDATED_AT;
    const direction = args.orderBy?.direction ?? SortDirection.DESC;
    const f = args.filter;
    if (f?.minAmount != null) f.minAmount = formatAmount(parseMin(f.minAmount));
    const { rows, totalCount } = await this.repo.list(scope, { filter: f, field, direction, after: decodeCursor(args.after), take: first + 1 });
    return toConnection(rows, first, (o) => sortValue(o, field), totalCount);
  }

  async get(scope: Scope, id: string, tx?: Tx): Promise<Opportunity> {
    const found = await this.repo.findVisible(scope, checkId(id), tx);
    if (!found) throw opportunityNotFound();
    return found;
  }

  /** A deal the scope may change: visible, and its own at its base level (owner, manager, admin) or shared with it read-write. */
  async editable(scope: Scope, id: string, tx?: Tx): Promise<Opportunity> {
    const deal = await this.get(scope, id, tx);
    if (!scopeMayModify(scope, deal.ownerId, deal.partnerId) && !(await this.shares.editableThroughShare(scope, SharedEntity.OPPORTUNITY, deal.id, tx))) {
      throw forbidden('Only the owner, their manager or a colleague it is shared with read-write may change this deal');
    }
    return deal;
  }

  async create(viewer: Viewer, scope: Scope, input: CreateOpportunityInput): Promise<Opportunity> {
    const date = new Date(`${input.expectedCloseDate}T00:00:00.000Z`);
    return this.repo.transaction(scope, (tx) => this.createWithin(tx, viewer, scope, { ...input, expectedCloseDate: date }));
  }

  /**
   * Creates a deal inside the caller's transaction (lead conversion uses it): validates the
   * draft, reads everything through `tx` (so a customer created in it counts, and PGlite's single
 * connection is never asked for a second one), starts the deal
   * in the first active OPEN stage unless told otherwise, and writes the first stage-history
   * row and the audit entry (on the customer's timeline) in the same transaction.
   */
  async createWithin(tx: Tx, viewer: Viewer, scope: Scope, input: OpportunityDraft): Promise<Opportunity> {
    const data = checkedFields({
      name: input.name ?? null, amount: input.amount ?? null, currency: input.currency ?? null, expectedCloseDate: input.expectedCloseDate ?? null,
      competitors: input.competitors, source: input.source, description: input.description,
    });
    checkId(input.customerId, 'input.customerId');
    const customer = await this.customers.repo.findVisible(scope, input.customerId, tx);
    if (!customer || customer.deletedAt) throw noSuchCustomer();
    const contactId = input.contactId ? await this.checkContact(tx, scope, input.contactId, customer.id) : null;
    const ownerId = input.ownerId === undefined ? viewer.id : await checkOwner((id) => this.repo.isActiveStaff(tx, id), scope, input.ownerId);
    checkOptionalId(input.leadId, 'input.leadId');
    const stage = input.stageId ? await this.stage(scope, input.stageId, 'input.stageId', tx) : await this.pipeline.repo.firstOpen(scope, tx);
    if (!stage) throw noOpenStage();
    const now = new Date();
    const t = stageTransition(null, stage, input, now);
    await assertPeriodOpen(tx, null, { ...data, ...t.data });
    const id = newId();
    const opportunity = await this.repo.create(tx, {
      ...(data as object), ...(t.data as object),
      id, name: data.name as string, customerId: customer.id, contactId, ownerId, stageId: stage.id,
      amount: data.amount as string, currency: data.currency as string, probability: t.data.probability as number,
      expectedCloseDate: data.expectedCloseDate as Date, leadId: input.leadId ?? null,
      partnerId: scope.kind === 'partner' ? scope.partnerId : null, createdById: viewer.id,
      rank: ((await this.repo.edgeRank(tx, stage.id, 'min')) ?? 1) - 1,
      searchTokens: documentTokens(data.name as string),
    });
    await this.repo.addStageChange(tx, { id: newId(), opportunityId: id, ...t.history!, changedById: viewer.id });
    await this.customers.repo.touch(tx, customer.id, now);
    await recordChange(tx, {
      actorId: viewer.id, action: 'CREATED', entity: 'Opportunity', entityId: id, customerId: customer.id,
      changes: diffFields({}, auditable(opportunity)),
    });
    return opportunity;
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateOpportunityInput): Promise<Opportunity> {
    const before = await this.editable(scope, id);
    if (before.deletedAt) throw opportunityDeleted(before.name);
    const data = checkedFields(input);
    await this.keepLineTotal(scope, before, data);
    if (input.contactId !== undefined) data.contactId = input.contactId ? await this.checkContact(undefined, scope, input.contactId, before.customerId) : null;
    if (input.ownerId !== undefined && input.ownerId !== before.ownerId) data.ownerId = await checkOwner((uid) => this.repo.isActiveStaff(undefined, uid), scope, input.ownerId);
    if (input.stageId === null) throw badInput('input.stageId', 'cannot be empty');
    const stage = await this.stage(scope, input.stageId ?? before.stageId, 'input.stageId');
    if (data.name) data.searchTokens = documentTokens(data.name as string);
    return this.save(viewer, scope, before, input.version, data, stageTransition(before, stage, input, new Date()));
  }

  /** A deal with products is worth their total, in their price book's currency: edit the products instead. */
  private async keepLineTotal(scope: Scope, before: Opportunity, data: Record<string, unknown>): Promise<void> {
    const amountChanges = data.amount != null && !(data.amount as Decimal).eq(before.amountValue);
    const currencyChanges = data.currency != null && data.currency !== before.currency;
    if (!amountChanges && !currencyChanges) return;
    if (!(await this.repo.hasLineItems(scope, before.id))) return;
    const field = amountChanges ? 'input.amount' : 'input.currency';
    throw badInput(field, "is set by the deal's products: change the products instead");
  }

  async remove(viewer: Viewer, scope: Scope, id: string): Promise<Opportunity> {
    return this.setDeleted(viewer, scope, await this.editable(scope, id), true);
  }

  async restore(viewer: Viewer, scope: Scope, id: string): Promise<Opportunity> {
    return this.setDeleted(viewer, scope, await this.editable(scope, id), false);
  }

  /** Writes an edit or a move: version check, stage history and audit in one transaction, scoped to the viewer. */
  async save(
    viewer: Viewer, scope: Scope, before: Opportunity, version: number, data: Record<string, unknown>, t: Transition,
    extra?: (tx: Tx) => Promise<Record<string, unknown>>,
  ): Promise<Opportunity> {
    return this.repo.transaction(scope, async (tx) => {
      const more = extra ? await extra(tx) : {};
      await assertPeriodOpen(tx, before, { ...data, ...t.data, ...more });
      const after = await this.repo.updateVersioned(tx, before.id, version, { ...data, ...t.data, ...more });
      if (!after) throw staleVersion('Opportunity');
      if (t.history) await this.repo.addStageChange(tx, { id: newId(), opportunityId: before.id, ...t.history, changedById: viewer.id });
      const changes = diffFields(auditable(before), auditable(after));
      if (changes.length) {
        await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'Opportunity', entityId: before.id, customerId: before.customerId, changes });
      }
      return after;
    });
  }

  /** An existing stage for a deal to enter; BAD_USER_INPUT naming `field` otherwise. */
  async stage(scope: Scope, id: string, field: string, tx?: Tx): Promise<PipelineStage> {
    const stage = await this.pipeline.repo.findById(scope, checkId(id, field), tx);
    if (!stage) throw badInput(field, 'no such stage');
    return stage;
  }

  private async checkContact(tx: Tx | undefined, scope: Scope, contactId: string, customerId: string): Promise<string> {
    checkId(contactId, 'input.contactId');
    const contact = await this.repo.contactOfCustomer(tx, scope, contactId, customerId);
    if (!contact) throw badInput('input.contactId', 'no such contact of this customer');
    return contact.id;
  }

  private async setDeleted(viewer: Viewer, scope: Scope, before: Opportunity, deleted: boolean): Promise<Opportunity> {
    if (Boolean(before.deletedAt) === deleted) return before;
    return this.repo.transaction(scope, async (tx) => {
      await assertPeriodOpen(tx, before, { deletedAt: deleted ? new Date() : null });
      const after = await this.repo.update(tx, before.id, { deletedAt: deleted ? new Date() : null });
      await recordChange(tx, {
        actorId: viewer.id, action: deleted ? 'DELETED' : 'RESTORED', entity: 'Opportunity', entityId: before.id, customerId: before.customerId,
      });
      return after;
    });
  }
}

function parseMin(value: string) {
  try {
    return checkedFields({ amount: value }, 'filter.').amount as never;
  } catch {
    throw badInput('filter.minAmount', 'must be a decimal number ≥ 0');
  }
}

function sortValue(o: Opportunity, field: OpportunitySortField): string {
  if (field === OpportunitySortField.AMOUNT) return formatAmount(o.amountValue);
  if (field === OpportunitySortField.UPDATED_AT) return o.updatedAt.toISOString();
  return String(o[field as 'name' | 'expectedCloseDate']);
}

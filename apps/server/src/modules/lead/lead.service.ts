import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import type { TerritoryRepository } from '../territory/territory.repository.ts';
import type { UserRepository } from '../user/user.repository.ts';
import type { LeadAssignmentService } from './lead-assignment.service.ts';
import type { LeadRepository, Tx } from './lead.repository.ts';
import type { Lead } from './lead.type.ts';
import { LeadSortField, type CreateLeadInput, type LeadsArgs, type UpdateLeadInput } from './lead.inputs.ts';
import { auditableLead, checkLeadOwner, checkedLeadFields, leadTokens, type LeadData } from './lead.fields.ts';
import { leadConverted, leadDeleted, leadDuplicates, leadNotFound } from './lead.errors.ts';

/** Business rules for leads: visibility, ownership and assignment, versions and audit. */
export class LeadService {
  constructor(
    readonly repo: LeadRepository,
    readonly users: UserRepository,
    readonly territories: TerritoryRepository,
    readonly assignment: LeadAssignmentService,
  ) {}

  async list(scope: Scope, args: LeadsArgs): Promise<Connection<Lead>> {
    const first = checkPageSize(args.first);
    const field = args.orderBy?.field ?? LeadSortField.CREATED_AT;
    const direction = args.orderBy?.direction ?? SortDirection.DESC;
    const { rows, totalCount } = await this.repo.list(scope, { filter: args.filter, field, direction, after: decodeCursor(args.after), take: first + 1 });
    return toConnection(rows, first, (l) => (field === LeadSortField.NAME ? l.name : l[field].toISOString()), totalCount);
  }

  async get(scope: Scope, id: string): Promise<Lead> {
    const lead = await this.repo.findVisible(scope, checkId(id));
    if (!lead) throw leadNotFound();
    return lead;
  }

  async create(viewer: Viewer, scope: Scope, input: CreateLeadInput): Promise<Lead> {
    const data = await checkedLeadFields(this.territories, input);
    if (input.ownerId !== undefined) await checkLeadOwner(this.users, scope, input.ownerId);
    if (!input.allowDuplicate && data.email) {
      const same = (await this.repo.findDuplicates(scope, { email: data.email as string })).filter((l) => !l.deletedAt);
      if (same.length) throw leadDuplicates(same.map((l) => ({ id: l.id, name: l.name, matchedOn: ['email'] })));
    }
    const rule = input.ownerId === undefined ? await this.assignment.rule() : null;
    return this.repo.transaction(scope, async (tx) => {
      const ownerId = rule ? (await this.assignment.pick(tx, rule, [(data.territoryId as string | null) ?? null]))[0] : input.ownerId!;
      const id = newId();
      const lead = await this.repo.create(tx, {
        ...(data as object), id, name: data.name as string, source: input.source, ownerId, createdById: viewer.id,
        searchTokens: leadTokens({}, data),
      });
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'Lead', entityId: id, changes: diffFields({}, auditableLead(lead)) });
      return lead;
    });
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateLeadInput): Promise<Lead> {
    const before = await this.editable(scope, id);
    const data: LeadData = await checkedLeadFields(this.territories, input);
    if (input.status !== undefined) {
      if (input.status !== 'NEW' && input.status !== 'WORKING') throw badInput('input.status', 'must be NEW or WORKING; use qualify, disqualify or convert');
      data.status = input.status;
      if (before.status === 'DISQUALIFIED') data.disqualifyReason = null;
    }
    return this.save(viewer, scope, before, input.version, { ...data, searchTokens: leadTokens(before, data) });
  }

  async remove(viewer: Viewer, scope: Scope, id: string): Promise<Lead> {
    return this.setDeleted(viewer, scope, await this.get(scope, id), true);
  }

  async restore(viewer: Viewer, scope: Scope, id: string): Promise<Lead> {
    return this.setDeleted(viewer, scope, await this.get(scope, id), false);
  }

  /** A live, unconverted lead the scope may see (visible leads are the viewer's to work). */
  async editable(scope: Scope, id: string): Promise<Lead> {
    const lead = await this.get(scope, id);
    if (lead.deletedAt) throw leadDeleted(lead);
    if (lead.status === 'CONVERTED') throw leadConverted(lead);
    return lead;
  }

  /** Writes a change with a version check and its audit entry, in one transaction. */
  async save(viewer: Viewer, scope: Scope, before: Lead, version: number | null, data: LeadData, action = 'UPDATED'): Promise<Lead> {
    return this.repo.transaction(scope, async (tx) => {
      const after = version === null ? await this.repo.update(tx, before.id, data) : await this.repo.updateVersioned(tx, before.id, version, data);
      if (!after) throw staleVersion('Lead');
      await this.audit(tx, viewer, action, before, after);
      return after;
    });
  }

  async audit(tx: Tx, viewer: Viewer, action: string, before: Lead, after: Lead, customerId: string | null = null): Promise<void> {
    const changes = diffFields(auditableLead(before), auditableLead(after));
    if (changes.length || action !== 'UPDATED') {
      await recordChange(tx, { actorId: viewer.id, action, entity: 'Lead', entityId: after.id, customerId, changes });
    }
  }

  private async setDeleted(viewer: Viewer, scope: Scope, before: Lead, deleted: boolean): Promise<Lead> {
    if (Boolean(before.deletedAt) === deleted) return before;
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.update(tx, before.id, { deletedAt: deleted ? new Date() : null });
      await recordChange(tx, {
        actorId: viewer.id, action: deleted ? 'DELETED' : 'RESTORED', entity: 'Lead', entityId: before.id,
        changes: [{ field: 'name', from: before.name, to: before.name }],
      });
      return after;
    });
  }
}

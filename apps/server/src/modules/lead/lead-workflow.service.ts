import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import type { Lead } from './lead.type.ts';
import type { LeadService } from './lead.service.ts';
import type { LeadData } from './lead.fields.ts';
import { checkLeadOwner } from './lead.fields.ts';
import { leadConverted, leadDeleted, leadDisqualified, leadNotFound } from './lead.errors.ts';

const MAX_REASON = 500;

/** Status and owner changes of a lead: assign, qualify, disqualify. Each locks the lead while it decides. */
export class LeadWorkflowService {
  constructor(private readonly leads: LeadService) {}

  async assign(viewer: Viewer, scope: Scope, id: string, ownerId: string | null): Promise<Lead> {
    await checkLeadOwner(this.leads.users, scope, ownerId, 'ownerId');
    return this.transition(viewer, scope, id, 'ASSIGNED', (lead) => (lead.ownerId === ownerId ? null : { ownerId }));
  }

  async qualify(viewer: Viewer, scope: Scope, id: string): Promise<Lead> {
    return this.transition(viewer, scope, id, 'QUALIFIED', (lead) => {
      if (lead.status === 'DISQUALIFIED') throw leadDisqualified(lead);
      return lead.status === 'QUALIFIED' ? null : { status: 'QUALIFIED' };
    });
  }

  async disqualify(viewer: Viewer, scope: Scope, id: string, reason: string): Promise<Lead> {
    const text = reason.trim();
    if (!text) throw badInput('reason', 'is required');
    if (text.length > MAX_REASON) throw badInput('reason', `must be at most ${MAX_REASON} characters`);
    return this.transition(viewer, scope, id, 'DISQUALIFIED', () => ({ status: 'DISQUALIFIED', disqualifyReason: text }));
  }

  /** Locks the visible lead, lets `change` decide (null: nothing to do), writes and audits, in one transaction. */
  private async transition(viewer: Viewer, scope: Scope, id: string, action: string, change: (lead: Lead) => LeadData | null): Promise<Lead> {
    checkId(id);
    return this.leads.repo.transaction(scope, async (tx) => {
      const before = await this.leads.repo.lockVisible(tx, scope, id);
      if (!before) throw leadNotFound();
      if (before.deletedAt) throw leadDeleted(before);
      if (before.status === 'CONVERTED') throw leadConverted(before);
      const data = change(before);
      if (!data) return before;
      const after = await this.leads.repo.update(tx, id, data);
      await this.leads.audit(tx, viewer, action, before, after);
      return after;
    });
  }
}

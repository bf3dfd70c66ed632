import type { Scope } from '../../core/auth/scope.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import type { ContactService } from '../contact/contact.service.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { LeadService } from '../lead/lead.service.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import type { ActivityRepository } from './activity.repository.ts';
import { ActivityKind } from './activity.type.ts';

export const MAX_RANGE_DAYS = 62;
export const isTimed = (kind: ActivityKind) => kind === ActivityKind.MEETING || kind === ActivityKind.CALL;

/** Meetings and calls need startAt < endAt; tasks need dueAt. */
export function checkTimes(kind: ActivityKind, t: { startAt?: Date | null; endAt?: Date | null; dueAt?: Date | null }, prefix = 'input.'): void {
  if (isTimed(kind)) {
    if (!t.startAt) throw badInput(`${prefix}startAt`, 'is required for a meeting or call');
    if (!t.endAt) throw badInput(`${prefix}endAt`, 'is required for a meeting or call');
    if (t.endAt.getTime() <= t.startAt.getTime()) throw badInput(`${prefix}endAt`, 'must be after the start');
  }
  if (kind === ActivityKind.TASK && !t.dueAt) throw badInput(`${prefix}dueAt`, 'is required for a task');
}

/** A calendar or conflict range: from < to, at most 62 days. */
export function checkRange(from: Date, to: Date, toField = 'to'): void {
  if (to.getTime() <= from.getTime()) throw badInput(toField, 'must be after the start');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badInput(toField, `must be at most ${MAX_RANGE_DAYS} days after the start`);
}

export interface Links {
  customerId?: string | null;
  contactId?: string | null;
  opportunityId?: string | null;
  leadId?: string | null;
}

/** Checks that linked records exist, are live and visible; returns them with the customer derived from the deal or contact. */
export class ActivityLinks {
  constructor(
    private readonly repo: ActivityRepository,
    private readonly customers: CustomerService,
    private readonly contacts: ContactService,
    private readonly opportunities: OpportunityService,
    private readonly leads: LeadService,
  ) {}

  async check(scope: Scope, links: Links): Promise<Required<Links>> {
    const gone = (field: string) => badInput(`input.${field}`, 'no such record you may see');
    let customerId = links.customerId ?? null;
    if (customerId) {
      const c = await this.customers.repo.findVisible(scope, checkId(customerId, 'input.customerId'));
      if (!c || c.deletedAt) throw gone('customerId');
    }
    if (links.opportunityId) {
      const o = await this.opportunities.repo.findVisible(scope, checkId(links.opportunityId, 'input.opportunityId'));
      if (!o || o.deletedAt) throw gone('opportunityId');
      if (customerId && o.customerId !== customerId) throw badInput('input.opportunityId', 'belongs to another customer');
      customerId = o.customerId;
    }
    if (links.contactId) {
      const c = await this.contacts.repo.findVisible(scope, checkId(links.contactId, 'input.contactId'));
      if (!c || c.deletedAt) throw gone('contactId');
      if (customerId && c.customerId !== customerId) throw badInput('input.contactId', 'belongs to another customer');
      customerId = c.customerId;
    }
    if (links.leadId) {
      const l = await this.leads.repo.findVisible(scope, checkId(links.leadId, 'input.leadId'));
      if (!l || l.deletedAt) throw gone('leadId');
    }
    return { customerId, contactId: links.contactId ?? null, opportunityId: links.opportunityId ?? null, leadId: links.leadId ?? null };
  }

  /** The owner plus the given attendees, each an active staff user. */
  async attendees(ownerId: string, ids: readonly string[] | null | undefined, field = 'input.attendeeIds'): Promise<string[]> {
    const all = [...new Set([ownerId, ...(ids ?? []).map((id, i) => checkId(id, `${field}.${i}`))])];
    const active = await this.repo.activeStaff(all);
    const bad = (ids ?? []).findIndex((id) => !active.has(id));
    if (bad >= 0) throw badInput(`${field}.${bad}`, 'must be an active staff user');
    return all;
  }
}

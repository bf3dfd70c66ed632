import type { Scope } from '../../core/auth/scope.ts';
import { scopeMayModify } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId } from '../../core/ids.ts';
import type { ContactService } from '../contact/contact.service.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { Customer } from '../customer/customer.type.ts';
import type { CreateCustomerInput } from '../customer/customer.inputs.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import type { LeadService } from './lead.service.ts';
import type { ConvertLeadInput } from './lead.inputs.ts';
import type { ConvertLeadResult, Lead } from './lead.type.ts';
import { customerNotEditableForConversion, leadConverted, leadDeleted, leadDisqualified, leadNotFound } from './lead.errors.ts';

const DAY = 86_400_000;

/**
 * Lead conversion (§4 Sales): one transaction makes (or reuses) the customer, makes the
 * contact and, when asked, the opportunity, and marks the lead converted. Any failure
 * rolls all of it back. Audited on the lead and on the customer's timeline.
 */
export class LeadConvertService {
  constructor(
    private readonly leads: LeadService,
    private readonly customers: CustomerService,
    private readonly contacts: ContactService,
    private readonly opportunities: OpportunityService,
  ) {}

  async convert(viewer: Viewer, scope: Scope, id: string, input: ConvertLeadInput): Promise<ConvertLeadResult> {
    checkId(id);
    checkOptionalId(input.customerId, 'input.customerId');
    const lead = await this.leads.get(scope, id);
    checkConvertible(lead);
    const dealName = input.opportunityName?.trim() || `${lead.company?.trim() || lead.name} – ${lead.name}`;
    if (input.createOpportunity && dealName.length > 200) throw badInput('input.opportunityName', 'must be 1 to 200 characters');
    const reuse = await this.customerToReuse(scope, lead, input.customerId);
    const ownerId = lead.ownerId ?? viewer.id;
    const asOwner = ownerId === viewer.id ? undefined : ownerId;
    // reads happen before the transaction (PGlite runs one at a time: a read outside it would wait forever)
    const prepared = reuse ? null : await this.customers.prepareCreate(viewer, scope, newCustomerInput(lead, asOwner));

    return this.leads.repo.transaction(scope, async (tx) => {
      const locked = await this.leads.repo.lockVisible(tx, scope, id);
      if (!locked) throw leadNotFound();
      checkConvertible(locked);
      const customer = reuse ?? (await this.customers.createWithin(tx, viewer, scope, prepared!));
      const contact = await this.contacts.createWithin(tx, viewer, customer.id, {
        name: locked.name, title: locked.title, email: locked.email, phone: locked.phone, isPrimary: !reuse,
      });
      const opportunity = input.createOpportunity
        ? await this.opportunities.createWithin(tx, viewer, scope, {
            name: dealName, customerId: customer.id, contactId: contact.id, ownerId: asOwner,
            amount: input.amount ?? '0', currency: input.currency ?? 'CNY', expectedCloseDate: closeDate(input.expectedCloseDate),
            source: locked.source, leadId: locked.id,
          })
        : null;
      const after = await this.leads.repo.update(tx, locked.id, {
        status: 'CONVERTED', ownerId, convertedAt: new Date(), convertedCustomerId: customer.id,
        convertedContactId: contact.id, convertedOpportunityId: opportunity?.id ?? null,
      });
      await this.leads.audit(tx, viewer, 'CONVERTED', locked, after, customer.id);
      return { lead: after, customerReused: Boolean(reuse), customerId: customer.id, contactId: contact.id, opportunityId: opportunity?.id ?? null };
    });
  }

  /** The chosen customer, or one named exactly like the lead's company; it must be the viewer's to change. */
  private async customerToReuse(scope: Scope, lead: Lead, customerId: string | null | undefined): Promise<Customer | null> {
    if (customerId) {
      const customer = await this.customers.repo.findVisible(scope, customerId);
      if (!customer || customer.deletedAt) throw badInput('input.customerId', 'no such customer');
      if (!scopeMayModify(scope, customer.ownerId, customer.partnerId)) throw customerNotEditableForConversion(customer.name);
      return customer;
    }
    const company = lead.company?.trim().toLowerCase();
    if (!company) return null;
    const matches = (await this.customers.repo.findDuplicates(scope, { name: lead.company })).filter((c) => c.name.toLowerCase() === company);
    if (matches.length === 0) return null;
    const owner = lead.ownerId ?? scope.userId;
    const best = matches.find((c) => c.ownerId === owner) ?? matches.find((c) => scopeMayModify(scope, c.ownerId, c.partnerId)) ?? matches[0];
    if (!scopeMayModify(scope, best.ownerId, best.partnerId)) throw customerNotEditableForConversion(best.name);
    return best;
  }
}

function checkConvertible(lead: Lead): void {
  if (lead.deletedAt) throw leadDeleted(lead);
  if (lead.status === 'CONVERTED') throw leadConverted(lead);
  if (lead.status === 'DISQUALIFIED') throw leadDisqualified(lead);
}

function newCustomerInput(lead: Lead, ownerId: string | undefined): CreateCustomerInput {
  const company = lead.company?.trim();
  return {
    name: company || lead.name, kind: company ? 'COMPANY' : 'PERSON', lifecycleStage: 'PROSPECT', ownerId,
    territoryId: lead.territoryId ?? undefined,
    ...(company ? {} : { email: lead.email ?? undefined, phone: lead.phone ?? undefined }),
  };
}

function closeDate(value: string | null | undefined): Date {
  if (value) return new Date(`${value}T00:00:00.000Z`);
  return new Date(`${new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10)}T00:00:00.000Z`);
}

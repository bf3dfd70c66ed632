import type { Scope } from '../../core/auth/scope.ts';
import { checkOptionalId } from '../../core/ids.ts';
import type { ContactRepository } from '../contact/contact.repository.ts';
import type { CustomerRepository } from '../customer/customer.repository.ts';
import type { LeadRepository, LeadProbe } from './lead.repository.ts';
import type { LeadDuplicates } from './lead.type.ts';

const lower = (v: string | null | undefined) => v?.trim().toLowerCase() || null;

/** Which fields of a record match the probe. */
function matched(probe: { name: string | null; email: string | null; phone: string | null }, record: { name: string; email: string | null; phones: (string | null)[] }): string[] {
  return [
    ...(probe.name && record.name.toLowerCase() === probe.name ? ['name'] : []),
    ...(probe.phone && record.phones.includes(probe.phone) ? ['phone'] : []),
    ...(probe.email && record.email === probe.email ? ['email'] : []),
  ];
}

/** Records the viewer may see that look like a lead: customers by company, contacts by person, other leads. */
export class LeadDuplicatesService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly customers: CustomerRepository,
    private readonly contacts: ContactRepository,
  ) {}

  async find(scope: Scope, probe: LeadProbe): Promise<LeadDuplicates> {
    checkOptionalId(probe.excludeId, 'excludeId');
    const email = lower(probe.email);
    const phone = probe.phone?.trim() || null;
    const person = { name: lower(probe.name), email, phone };
    const [customers, contacts, leads] = await Promise.all([
      this.customers.findDuplicates(scope, { name: probe.company, email, phone }),
      this.contacts.findDuplicates(scope, { name: probe.name, email, phone }),
      this.leads.findDuplicates(scope, probe),
    ]);
    const company = { name: lower(probe.company), email, phone };
    return {
      customers: customers.map((c) => ({ id: c.id, name: c.name, matchedOn: matched(company, { name: c.name, email: c.email, phones: [c.phone] }) })),
      contacts: contacts.map((c) => ({
        id: c.id, name: c.name, customerId: c.customerId, customerName: c.customerName,
        matchedOn: matched(person, { name: c.name, email: c.email, phones: [c.phone, c.mobile] }),
      })),
      leads: leads.map((l) => ({
        id: l.id, name: l.name, company: l.company, status: l.status,
        matchedOn: matched(person, { name: l.name, email: l.email, phones: [l.phone] }),
      })),
    };
  }
}

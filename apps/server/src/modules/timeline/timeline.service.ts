import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId, newId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import type { PageArgs } from '../../core/pagination/page.args.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { Customer } from '../customer/customer.type.ts';
import type { ContactService } from '../contact/contact.service.ts';
import type { TimelineRepository } from './timeline.repository.ts';
import type { TimelineEntry } from './timeline.type.ts';

export class TimelineService {
  constructor(
    private readonly repo: TimelineRepository,
    private readonly customers: CustomerService,
    private readonly contacts: () => ContactService,
  ) {}

  /**
   * The timeline of a customer the caller has already loaded through its scope; each entry
   * is shown only if the record it is about is visible too (another team's deal on a pool
   * customer stays hidden).
   */
  async forCustomer(scope: Scope, customer: Customer, page: PageArgs): Promise<Connection<TimelineEntry>> {
    const first = checkPageSize(page.first, 30);
    const rows = await this.repo.forCustomer(scope, customer.id, decodeCursor(page.after), first + 1);
    return toConnection(rows, first, (e) => new Date(e.at).toISOString());
  }

  async addNote(viewer: Viewer, scope: Scope, customerId: string, body: string, contactId?: string | null): Promise<TimelineEntry> {
    const text = body.trim();
    if (!text) throw badInput('body', 'is required');
    if (text.length > 10_000) throw badInput('body', 'must be at most 10000 characters');
    const customer = await this.customers.editable(scope, checkId(customerId, 'customerId'));
    checkOptionalId(contactId, 'contactId');
    if (contactId) {
      const contact = await this.contacts().get(scope, contactId);
      if (contact.customerId !== customer.id) throw badInput('contactId', 'belongs to another customer');
    }
    return this.customers.repo.transaction(scope, async (tx) => {
      const note = await this.repo.addNote(tx, { id: newId(), customerId: customer.id, contactId: contactId ?? null, authorId: viewer.id, body: text });
      await this.customers.repo.touch(tx, customer.id, note.createdAt);
      return {
        id: note.id, kind: 'NOTE', entity: contactId ? 'Contact' : 'Customer', entityId: contactId ?? customer.id,
        at: note.createdAt, body: note.body, changes: [], actorId: viewer.id,
      };
    });
  }
}

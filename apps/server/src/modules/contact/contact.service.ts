import type { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import { documentTokens } from '../../core/search/search-tokens.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { Customer } from '../customer/customer.type.ts';
import type { ContactRepository } from './contact.repository.ts';
import type { Contact } from './contact.type.ts';
import { ContactSortField, type ContactsArgs, type CreateContactInput, type UpdateContactInput } from './contact.inputs.ts';
import { contactDeleted, contactNotFound } from './contact.errors.ts';
import { customerDeleted } from '../customer/customer.errors.ts';
import type { Tx } from '../customer/customer.repository.ts';

/** Contacts follow their customer: whoever may see or change the customer may see or change its contacts. */
export class ContactService {
  constructor(
    readonly repo: ContactRepository,
    private readonly customers: CustomerService,
  ) {}

  async list(scope: Scope, args: ContactsArgs): Promise<Connection<Contact>> {
    const first = checkPageSize(args.first);
    const field = args.orderBy?.field ?? ContactSortField.NAME;
    const direction = args.orderBy?.direction ?? SortDirection.ASC;
    const { rows, totalCount } = await this.repo.list(scope, {
      filter: args.filter,
      field,
      direction,
      after: decodeCursor(args.after),
      take: first + 1,
    });
    return toConnection(rows, first, (c) => (field === ContactSortField.NAME ? c.name : c.createdAt.toISOString()), totalCount);
  }

  async get(scope: Scope, id: string): Promise<Contact> {
    const contact = await this.repo.findVisible(scope, checkId(id));
    if (!contact) throw contactNotFound();
    return contact;
  }

  async create(viewer: Viewer, scope: Scope, input: CreateContactInput): Promise<Contact> {
    checkId(input.customerId, 'input.customerId');
    const name = input.name.trim();
    if (!name) throw badInput('input.name', 'is required');
    const customer = await this.customers.editable(scope, input.customerId).catch((e: { extensions?: { code?: string } }) => {
      if (e.extensions?.code === 'NOT_FOUND') throw badInput('input.customerId', 'no such customer');
      throw e;
    });
    if (customer.deletedAt) throw badInput('input.customerId', 'the customer is deleted');
    return this.customers.repo.transaction(scope, (tx) => this.createWithin(tx, viewer, customer.id, input));
  }

  /**
   * Creates a contact inside the caller's transaction, for a customer the caller already
   * checked (lead conversion creates both): same fields, primary flag, touch and audit.
   */
  async createWithin(tx: Tx, viewer: Viewer, customerId: string, input: Omit<CreateContactInput, 'customerId'>): Promise<Contact> {
    const name = input.name.trim();
    if (!name) throw badInput('input.name', 'is required');
    const data = fields(input);
    const id = newId();
    const contact = await this.repo.create(tx, {
      ...data,
      id,
      customerId,
      name,
      createdById: viewer.id,
      searchTokens: documentTokens(name, data.email as string | null, data.phone as string | null, data.mobile as string | null),
    });
    if (contact.isPrimary) await this.repo.clearPrimary(tx, customerId, id);
    await this.customers.repo.touch(tx, customerId);
    await recordChange(tx, {
      actorId: viewer.id, action: 'CREATED', entity: 'Contact', entityId: id, customerId,
      changes: diffFields({}, auditable(contact)),
    });
    return contact;
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateContactInput): Promise<Contact> {
    const { contact: before, customer } = await this.editable(scope, id);
    if (before.deletedAt) throw contactDeleted(before);
    if (customer.deletedAt) throw customerDeleted(customer);
    const data = fields(input);
    if (input.name !== undefined) {
      if (input.name === null || !input.name.trim()) throw badInput('input.name', 'is required');
      data.name = input.name.trim();
    }
    const merged = { ...before, ...data } as Contact;
    return this.customers.repo.transaction(scope, async (tx) => {
      const after = await this.repo.updateVersioned(tx, before.id, input.version, {
        ...data,
        searchTokens: documentTokens(merged.name, merged.email, merged.phone, merged.mobile),
      });
      if (!after) throw staleVersion('Contact');
      if (after.isPrimary && !before.isPrimary) await this.repo.clearPrimary(tx, customer.id, after.id);
      const changes = diffFields(auditable(before), auditable(after));
      if (changes.length) {
        await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'Contact', entityId: after.id, customerId: customer.id, changes });
      }
      return after;
    });
  }

  async setDeleted(viewer: Viewer, scope: Scope, id: string, deleted: boolean): Promise<Contact> {
    const { contact, customer } = await this.editable(scope, id);
    if (Boolean(contact.deletedAt) === deleted) return contact;
    return this.customers.repo.transaction(scope, async (tx) => {
      const after = await this.repo.update(tx, contact.id, { deletedAt: deleted ? new Date() : null });
      await recordChange(tx, {
        actorId: viewer.id, action: deleted ? 'DELETED' : 'RESTORED', entity: 'Contact', entityId: contact.id, customerId: customer.id,
        changes: [{ field: 'name', from: contact.name, to: contact.name }],
      });
      return after;
    });
  }

  /** The contact and its customer, when the scope may change that customer. */
  private async editable(scope: Scope, id: string): Promise<{ contact: Contact; customer: Customer }> {
    const contact = await this.get(scope, id);
    const customer = await this.customers.editable(scope, contact.customerId);
    return { contact, customer };
  }
}

type ContactData = Omit<Prisma.ContactUncheckedCreateInput, 'id' | 'customerId' | 'name'> & { name?: string };

function fields(input: Omit<CreateContactInput, 'customerId'> | UpdateContactInput): ContactData {
  const data: ContactData = {};
  const text = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);
  if (input.title !== undefined) data.title = text(input.title);
  if (input.email !== undefined) data.email = text(input.email)?.toLowerCase() ?? null;
  if (input.phone !== undefined) data.phone = text(input.phone);
  if (input.mobile !== undefined) data.mobile = text(input.mobile);
  if (input.roles !== undefined) data.roles = [...new Set((input.roles ?? []).map((r) => r.trim()).filter(Boolean))];
  if (input.preferredChannel !== undefined) data.preferredChannel = input.preferredChannel;
  for (const flag of ['doNotCall', 'doNotEmail', 'doNotSms', 'isPrimary'] as const) {
    if (input[flag] !== undefined && input[flag] !== null) data[flag] = input[flag];
  }
  return data;
}

function auditable(c: Contact): Record<string, unknown> {
  return {
    name: c.name, title: c.title, roles: c.roles, email: c.email, phone: c.phone, mobile: c.mobile,
    preferredChannel: c.preferredChannel, doNotCall: c.doNotCall, doNotEmail: c.doNotEmail, doNotSms: c.doNotSms, isPrimary: c.isPrimary,
  };
}

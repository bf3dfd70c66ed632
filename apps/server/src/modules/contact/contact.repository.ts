import type { Contact as ContactRow, Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { deletedWhere } from '../../core/pagination/filters.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import { queryTokens } from '../../core/search/search-tokens.ts';
import { type Tx } from '../customer/customer.repository.ts';
import type { Contact } from './contact.type.ts';
import type { ContactFilter, ContactSortField } from './contact.inputs.ts';
import { scopedClient } from '../../core/access/scoped-client.ts';
import { escapeLike } from '../../core/db/like.ts';

function filterWhere(filter: ContactFilter | null | undefined): Prisma.ContactWhereInput[] {
  const where: Prisma.ContactWhereInput[] = [deletedWhere(filter?.deleted)];
  if (filter?.customerId) where.push({ customerId: filter.customerId });
  const term = filter?.search?.trim();
  const tokens = term ? queryTokens(term) : [];
  if (term && tokens.length) {
    where.push({
      searchTokens: { hasEvery: tokens },
      OR: [
        { name: { contains: escapeLike(term), mode: 'insensitive' } },
        { email: { contains: escapeLike(term), mode: 'insensitive' } },
        { phone: { contains: escapeLike(term) } },
        { mobile: { contains: escapeLike(term) } },
      ],
    });
  }
  return where;
}

export const toContact = (row: ContactRow): Contact => ({
  id: row.id,
  customerId: row.customerId,
  name: row.name,
  title: row.title,
  roles: row.roles,
  email: row.email,
  phone: row.phone,
  mobile: row.mobile,
  preferredChannel: row.preferredChannel,
  doNotCall: row.doNotCall,
  doNotEmail: row.doNotEmail,
  doNotSms: row.doNotSms,
  isPrimary: row.isPrimary,
  deletedAt: row.deletedAt,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});

export class ContactRepository {
  constructor(private readonly db: Db) {}

  async list(
    scope: Scope,
    q: { filter?: ContactFilter | null; field: ContactSortField; direction: 'asc' | 'desc'; after: Cursor | null; take: number },
  ): Promise<{ rows: Contact[]; totalCount: number }> {
    const base: Prisma.ContactWhereInput = { AND: filterWhere(q.filter) };
    const db = scopedClient(this.db, scope);
    const [rows, totalCount] = await Promise.all([
      db.contact.findMany({
        where: { AND: [base, keysetWhere(q.field, q.direction, q.after, q.field !== 'name')] },
        orderBy: [{ [q.field]: q.direction }, { id: q.direction }],
        take: q.take,
      }),
      db.contact.count({ where: base }),
    ]);
    return { rows: rows.map(toContact), totalCount };
  }

  async findVisible(scope: Scope, id: string): Promise<Contact | null> {
    const row = await scopedClient(this.db, scope).contact.findUnique({ where: { id } });
    return row ? toContact(row) : null;
  }

  /** Visible live contacts with the same name (exact, any case), email, phone or mobile, with their customer's name. */
  async findDuplicates(
    scope: Scope,
    probe: { name?: string | null; email?: string | null; phone?: string | null },
  ): Promise<(Contact & { customerName: string })[]> {
    const or: Prisma.ContactWhereInput[] = [];
    const name = probe.name?.trim();
    if (name) {
      const tokens = queryTokens(name);
      or.push({ ...(tokens.length ? { searchTokens: { hasEvery: tokens } } : {}), name: { equals: name, mode: 'insensitive' } });
    }
    if (probe.email?.trim()) or.push({ email: probe.email.trim().toLowerCase() });
    if (probe.phone?.trim()) or.push({ phone: probe.phone.trim() }, { mobile: probe.phone.trim() });
    if (or.length === 0) return [];
    const rows = await scopedClient(this.db, scope).contact.findMany({
      where: { deletedAt: null, customer: { deletedAt: null }, OR: or },
      include: { customer: { select: { name: true } } },
      orderBy: { name: 'asc' },
      take: 10,
    });
    return rows.map((r) => ({ ...toContact(r), customerName: r.customer.name }));
  }

  /** Live contacts per customer, one grouped statement for a whole page of customers. */
  async countByCustomer(scope: Scope, customerIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await scopedClient(this.db, scope).contact.groupBy({
      by: ['customerId'],
      where: { customerId: { in: [...customerIds] }, deletedAt: null },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.customerId, r._count._all]));
  }

  async create(tx: Tx, data: Prisma.ContactUncheckedCreateInput): Promise<Contact> {
    return toContact(await tx.contact.create({ data }));
  }

  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.ContactUncheckedUpdateInput): Promise<Contact | null> {
    const { count } = await tx.contact.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toContact(await tx.contact.findUniqueOrThrow({ where: { id } }));
  }

  async update(tx: Tx, id: string, data: Prisma.ContactUncheckedUpdateInput): Promise<Contact> {
    return toContact(await tx.contact.update({ where: { id }, data: { ...data, version: { increment: 1 } } }));
  }

  async clearPrimary(tx: Tx, customerId: string, exceptId: string): Promise<void> {
    await tx.contact.updateMany({ where: { customerId, isPrimary: true, id: { not: exceptId } }, data: { isPrimary: false } });
  }
}

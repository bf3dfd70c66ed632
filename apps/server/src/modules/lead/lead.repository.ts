import { Prisma } from '../../generated/prisma/client.ts';
import type { Lead as LeadRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { deletedWhere } from '../../core/pagination/filters.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import { queryTokens } from '../../core/search/search-tokens.ts';
import type { Lead } from './lead.type.ts';
import type { LeadFilter, LeadSortField } from './lead.inputs.ts';
import { visibleSql } from '../../core/access/access.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';
import { escapeLike } from '../../core/db/like.ts';

export type Tx = Prisma.TransactionClient;

function filterWhere(filter: LeadFilter | null | undefined): Prisma.LeadWhereInput[] {
  const where: Prisma.LeadWhereInput[] = [deletedWhere(filter?.deleted)];
  if (!filter) return where;
  const term = filter.search?.trim();
  const tokens = term ? queryTokens(term) : [];
  if (term && tokens.length) {
    where.push({
      searchTokens: { hasEvery: tokens },
      OR: [
        { name: { contains: escapeLike(term), mode: 'insensitive' } },
        { company: { contains: escapeLike(term), mode: 'insensitive' } },
        { email: { contains: escapeLike(term), mode: 'insensitive' } },
        { phone: { contains: escapeLike(term) } },
      ],
    });
  }
  if (filter.statuses?.length) where.push({ status: { in: filter.statuses } });
  if (filter.source) where.push({ source: filter.source });
  if (filter.ownerId) where.push({ ownerId: filter.ownerId });
  if (filter.unassigned === true) where.push({ ownerId: null });
  if (filter.unassigned === false) where.push({ ownerId: { not: null } });
  if (filter.createdFrom) where.push({ createdAt: { gte: filter.createdFrom } });
  if (filter.createdTo) where.push({ createdAt: { lt: filter.createdTo } });
  return where;
}

export function toLead(row: LeadRow): Lead {
  return {
    id: row.id, name: row.name, company: row.company, title: row.title, email: row.email, phone: row.phone,
    source: row.source, status: row.status, disqualifyReason: row.disqualifyReason, description: row.description,
    inPool: row.ownerId === null, convertedAt: row.convertedAt, convertedCustomerId: row.convertedCustomerId,
    convertedContactId: row.convertedContactId, convertedOpportunityId: row.convertedOpportunityId,
    deletedAt: row.deletedAt, createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
    ownerId: row.ownerId, territoryId: row.territoryId, createdById: row.createdById,
  };
}

export interface LeadListQuery {
  filter?: LeadFilter | null;
  field: LeadSortField;
  direction: 'asc' | 'desc';
  after: Cursor | null;
  take: number;
}

export interface LeadProbe {
  name?: string | null;
  company?: string | null;
  email?: string | null;
  phone?: string | null;
  excludeId?: string | null;
}

export class LeadRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn, { timeout: 60_000, maxWait: 20_000 });
  }

  async list(scope: Scope, q: LeadListQuery): Promise<{ rows: Lead[]; totalCount: number }> {
    const base: Prisma.LeadWhereInput = { AND: filterWhere(q.filter) };
    const db = scopedClient(this.db, scope);
    const isDate = q.field !== 'name';
    const [rows, totalCount] = await Promise.all([
      db.lead.findMany({
        where: { AND: [base, keysetWhere(q.field, q.direction, q.after, isDate)] },
        orderBy: [{ [q.field]: q.direction }, { id: q.direction }],
        take: q.take,
      }),
      db.lead.count({ where: base }),
    ]);
    return { rows: rows.map(toLead), totalCount };
  }

  /** A lead the scope may see, deleted or not; null otherwise (callers answer NOT_FOUND). */
  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<Lead | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).lead.findUnique({ where: { id } });
    return row ? toLead(row) : null;
  }

  /** Locks the row for the rest of the transaction, then reads it through the scope. */
  async lockVisible(tx: Tx, scope: Scope, id: string): Promise<Lead | null> {
    await tx.$queryRaw`SELECT l.id FROM "Lead" l WHERE l.id = ${id} AND ${visibleSql('Lead', scope, 'l')} FOR UPDATE OF l`;
    return this.findVisible(scope, id, tx);
  }

  async findManyVisible(scope: Scope, ids: readonly string[]): Promise<Lead[]> {
    const rows = await scopedClient(this.db, scope).lead.findMany({ where: { id: { in: [...ids] } } });
    return rows.map(toLead);
  }

  /** Visible live leads with the same name (exact, any case), email or phone. */
  async findDuplicates(scope: Scope, probe: LeadProbe): Promise<Lead[]> {
    const or: Prisma.LeadWhereInput[] = [];
    const name = probe.name?.trim();
    if (name) {
      const tokens = queryTokens(name);
      or.push({ ...(tokens.length ? { searchTokens: { hasEvery: tokens } } : {}), name: { equals: name, mode: 'insensitive' } });
    }
    if (probe.email?.trim()) or.push({ email: probe.email.trim().toLowerCase() });
    if (probe.phone?.trim()) or.push({ phone: probe.phone.trim() });
    if (or.length === 0) return [];
    const rows = await scopedClient(this.db, scope).lead.findMany({
      where: { AND: [{ deletedAt: null, OR: or }, probe.excludeId ? { id: { not: probe.excludeId } } : {}] },
      orderBy: { createdAt: 'desc' },
      take: 10,
    });
    return rows.map(toLead);
  }

  /**
   * Which of these (lower-cased) emails a live lead already has, across all leads: an email is
   * a lead's identity for imports, whoever owns it. Answers emails only, never records.
   */
  async emailsTaken(tx: Tx, emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const system = systemClient(tx, 'lead import: an email already on any live lead is a duplicate, whoever owns it (answers emails, not records)');
    const rows = await system.lead.findMany({ where: { email: { in: emails }, deletedAt: null }, select: { email: true } });
    return new Set(rows.map((r) => r.email!));
  }

  async create(tx: Tx, data: Prisma.LeadUncheckedCreateInput): Promise<Lead> {
    return toLead(await tx.lead.create({ data }));
  }

  async createMany(tx: Tx, data: Prisma.LeadCreateManyInput[]): Promise<number> {
    return (await tx.lead.createMany({ data })).count;
  }

  /** Updates only when `version` still matches; returns null when it does not. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.LeadUncheckedUpdateInput): Promise<Lead | null> {
    const { count } = await tx.lead.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toLead(await tx.lead.findUniqueOrThrow({ where: { id } }));
  }

  async update(tx: Tx, id: string, data: Prisma.LeadUncheckedUpdateInput): Promise<Lead> {
    return toLead(await tx.lead.update({ where: { id }, data: { ...data, version: { increment: 1 } } }));
  }
}

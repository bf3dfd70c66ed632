import { Prisma } from '../../generated/prisma/client.ts';
import type { Opportunity as OpportunityRow } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import { toContact } from '../contact/contact.repository.ts';
import type { Opportunity, OpportunityStageChange } from './opportunity.type.ts';
import type { OpportunityFilter, OpportunitySortField } from './opportunity.inputs.ts';
import { opportunityFilterWhere } from './opportunity.scope.ts';
import { territorySubtreeIds } from '../territory/territory.repository.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';

export type Tx = Prisma.TransactionClient;
type Row = Omit<OpportunityRow, 'searchTokens'> & { searchTokens?: string[] };

export function toOpportunity(row: Row): Opportunity {
  return {
    id: row.id, name: row.name, probability: row.probability,
    expectedCloseDate: row.expectedCloseDate.toISOString().slice(0, 10),
    competitors: row.competitors, source: row.source, description: row.description, lostReason: row.lostReason,
    closedAt: row.closedAt, stageEnteredAt: row.stageEnteredAt, rank: row.rank, deletedAt: row.deletedAt,
    createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
    amountValue: new Prisma.Decimal(row.amount), currency: row.currency.trim(),
    customerId: row.customerId, contactId: row.contactId, ownerId: row.ownerId, stageId: row.stageId,
    partnerId: row.partnerId, leadId: row.leadId,
  };
}

export interface ListQuery {
  filter?: OpportunityFilter | null;
  field: OpportunitySortField;
  direction: 'asc' | 'desc';
  after: Cursor | null;
  take: number;
}

const omit = { searchTokens: true } as const;
/** Ranks order a whole board column, every owner's deals in it: placing a card reads and spreads them past the viewer's rule. */
const RANKS = 'board ranks are per column across every owner’s deals, not per viewer';

export class OpportunityRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  async list(scope: Scope, q: ListQuery): Promise<{ rows: Opportunity[]; totalCount: number }> {
    const territoryIds = q.filter?.territoryId ? await territorySubtreeIds(this.db, q.filter.territoryId) : [];
    const base: Prisma.OpportunityWhereInput = { AND: opportunityFilterWhere(q.filter, territoryIds) };
    const isDate = q.field === 'updatedAt' || q.field === 'expectedCloseDate';
    const db = scopedClient(this.db, scope);
    const [rows, totalCount] = await Promise.all([
      db.opportunity.findMany({
        where: { AND: [base, keysetWhere(q.field, q.direction, q.after, isDate)] },
        orderBy: [{ [q.field]: q.direction }, { id: q.direction }],
        take: q.take,
        omit,
      }),
      db.opportunity.count({ where: base }),
    ]);
    return { rows: rows.map(toOpportunity), totalCount };
  }

  /** A deal the scope may see, deleted or not; null otherwise (callers answer NOT_FOUND). */
  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<Opportunity | null> {
    // inside a transaction the caller's (scoped) client is used: PGlite has one connection
    const row = await (tx ?? scopedClient(this.db, scope)).opportunity.findUnique({ where: { id }, omit });
    return row ? toOpportunity(row) : null;
  }

  async findManyVisible(scope: Scope, ids: readonly string[]): Promise<Opportunity[]> {
    const rows = await scopedClient(this.db, scope).opportunity.findMany({ where: { id: { in: [...ids] } }, omit });
    return rows.map(toOpportunity);
  }

  /** A live contact of the customer, visible to the scope; null otherwise. Reads inside `tx` (lead conversion creates both), whose client is scoped. */
  async contactOfCustomer(tx: Tx | undefined, scope: Scope, contactId: string, customerId: string): Promise<{ id: string } | null> {
    return (tx ?? scopedClient(this.db, scope)).contact.findFirst({ where: { id: contactId, customerId, deletedAt: null }, select: { id: true } });
  }

  /** Visible contacts by id, for loaders (contacts follow their customer's visibility). */
  async contactsVisible(scope: Scope, ids: readonly string[]) {
    return (await scopedClient(this.db, scope).contact.findMany({ where: { id: { in: [...ids] } } })).map(toContact);
  }

  /**
   * An active staff user (owners must be one); reads inside `tx` when given (PGlite has one connection).
   * Whether the scope may pick that owner is checkOwner's rule (opportunity.fields.ts), not the User rule.
   */
  async isActiveStaff(tx: Tx | undefined, id: string): Promise<boolean> {
    const system = systemClient(tx ?? this.db, 'reference check: a deal owner must be an active staff user, whether or not the User rule shows them');
    return (await system.user.count({ where: { id, active: true, role: { not: 'PARTNER' } } })) > 0;
  }

  async create(tx: Tx, data: Prisma.OpportunityUncheckedCreateInput): Promise<Opportunity> {
    return toOpportunity(await tx.opportunity.create({ data, omit }));
  }

  async hasLineItems(scope: Scope, id: string): Promise<boolean> {
    return (await scopedClient(this.db, scope).opportunityLineItem.count({ where: { opportunityId: id } })) > 0;
  }

  /** Updates only when `version` still matches; returns null when it does not. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.OpportunityUncheckedUpdateInput): Promise<Opportunity | null> {
    const { count } = await tx.opportunity.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toOpportunity(await tx.opportunity.findUniqueOrThrow({ where: { id }, omit }));
  }

  async update(tx: Tx, id: string, data: Prisma.OpportunityUncheckedUpdateInput): Promise<Opportunity> {
    return toOpportunity(await tx.opportunity.update({ where: { id }, data: { ...data, version: { increment: 1 } }, omit }));
  }

  async addStageChange(tx: Tx, data: Prisma.OpportunityStageChangeUncheckedCreateInput): Promise<void> {
    await tx.opportunityStageChange.create({ data });
  }

  /** Stage history of visible deals, oldest first. */
  async stageChanges(scope: Scope, opportunityIds: readonly string[]): Promise<(OpportunityStageChange & { opportunityId: string })[]> {
    return scopedClient(this.db, scope).opportunityStageChange.findMany({
      where: { opportunityId: { in: [...opportunityIds] } },
      orderBy: [{ changedAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** The lowest or highest rank among a stage's live deals (all owners: ranks are per column, not per viewer). */
  async edgeRank(tx: Tx, stageId: string, edge: 'min' | 'max', exceptId = ''): Promise<number | null> {
    const row = await systemClient(tx, RANKS).opportunity.findFirst({
      where: { stageId, deletedAt: null, id: { not: exceptId } },
      orderBy: [{ rank: edge === 'min' ? 'asc' : 'desc' }],
      select: { rank: true },
    });
    return row?.rank ?? null;
  }

  /** The rank of a live deal in the given stage, visible through the scoped transaction; null when there is none. */
  async rankIn(tx: Tx, id: string, stageId: string): Promise<number | null> {
    const row = await tx.opportunity.findFirst({ where: { id, stageId, deletedAt: null }, select: { rank: true } });
    return row?.rank ?? null;
  }

  /** The next rank after `rank` in the column (any owner), to place a card between two. */
  async nextRank(tx: Tx, stageId: string, rank: number, direction: 'up' | 'down', exceptId: string): Promise<number | null> {
    const row = await systemClient(tx, RANKS).opportunity.findFirst({
      where: { stageId, deletedAt: null, id: { not: exceptId }, rank: direction === 'down' ? { gt: rank } : { lt: rank } },
      orderBy: { rank: direction === 'down' ? 'asc' : 'desc' },
      select: { rank: true },
    });
    return row?.rank ?? null;
  }

  /** Spreads a column's ranks to 1, 2, 3, … when bisection runs out of float precision. */
  async rebalance(tx: Tx, stageId: string): Promise<void> {
    await systemClient(tx, RANKS).$executeRaw`
      UPDATE "Opportunity" o SET rank = r.n
      FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY rank, id) AS n FROM "Opportunity" WHERE "stageId" = ${stageId} AND "deletedAt" IS NULL) r
      WHERE o.id = r.id`;
  }
}

import { Prisma } from '../../generated/prisma/client.ts';
import { deletedWhere } from '../../core/pagination/filters.ts';
import { queryTokens } from '../../core/search/search-tokens.ts';
import type { OpportunityFilter } from './opportunity.inputs.ts';
import { escapeLike } from '../../core/db/like.ts';
import { territorySubtreeSql } from '../territory/territory.sql.ts';
import { departmentUsersSql } from '../department/department.sql.ts';

export const toDbDate = (isoDate: string): Date => new Date(`${isoDate}T00:00:00.000Z`);

/** Filters for lists (Prisma). Board filters are the SQL twin below. */
/** `territoryIds`: the subtree of filter.territoryId, resolved by the caller (territorySubtreeSql). */
export function opportunityFilterWhere(filter: OpportunityFilter | null | undefined, territoryIds: string[] = []): Prisma.OpportunityWhereInput[] {
  const where: Prisma.OpportunityWhereInput[] = [deletedWhere(filter?.deleted)];
  if (!filter) return where;
  if (filter.search) {
    const tokens = queryTokens(filter.search);
    if (tokens.length) where.push({ searchTokens: { hasEvery: tokens }, name: { contains: escapeLike(filter.search.trim()), mode: 'insensitive' } });
  }
  if (filter.ownerId) where.push({ ownerId: filter.ownerId });
  if (filter.customerId) where.push({ customerId: filter.customerId });
  if (filter.stageIds?.length) where.push({ stageId: { in: filter.stageIds } });
  if (filter.status) where.push({ stage: { kind: filter.status } });
  if (filter.expectedCloseFrom) where.push({ expectedCloseDate: { gte: toDbDate(filter.expectedCloseFrom) } });
  if (filter.expectedCloseTo) where.push({ expectedCloseDate: { lte: toDbDate(filter.expectedCloseTo) } });
  if (filter.closedFrom) where.push({ closedAt: { gte: toDbDate(filter.closedFrom) } });
  if (filter.closedTo) where.push({ closedAt: { lt: new Date(toDbDate(filter.closedTo).getTime() + 86_400_000) } });
  if (filter.minAmount) where.push({ amount: { gte: filter.minAmount } });
  // a department's subtree: owners whose department path lies under it (paths are "/id/…/id/", as departmentUsersSql in department.sql.ts)
  if (filter.departmentId) where.push({ owner: { department: { path: { contains: `/${filter.departmentId}/` } } } });
  if (filter.territoryId) where.push({ customer: { territoryId: { in: territoryIds } } });
  return where;
}

/** Board filters as SQL over `o`: live deals only; stageIds and status do not apply to a board. */
export function opportunityFilterSql(filter: OpportunityFilter | null | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`o."deletedAt" IS NULL`];
  if (filter?.search) {
    const tokens = queryTokens(filter.search);
    if (tokens.length) {
      parts.push(Prisma.sql`o."searchTokens" @> ${tokens}::text[]`);
      parts.push(Prisma.sql`o.name ILIKE ${`%${escapeLike(filter.search.trim())}%`}`);
    }
  }
  if (filter?.ownerId) parts.push(Prisma.sql`o."ownerId" = ${filter.ownerId}`);
  if (filter?.customerId) parts.push(Prisma.sql`o."customerId" = ${filter.customerId}`);
  if (filter?.expectedCloseFrom) parts.push(Prisma.sql`o."expectedCloseDate" >= ${filter.expectedCloseFrom}::date`);
  if (filter?.expectedCloseTo) parts.push(Prisma.sql`o."expectedCloseDate" <= ${filter.expectedCloseTo}::date`);
  if (filter?.closedFrom) parts.push(Prisma.sql`o."closedAt" >= ${filter.closedFrom}::date`);
  if (filter?.closedTo) parts.push(Prisma.sql`o."closedAt" < ${filter.closedTo}::date + 1`);
  if (filter?.minAmount) parts.push(Prisma.sql`o.amount >= ${filter.minAmount}::numeric`);
  if (filter?.departmentId) {
    parts.push(Prisma.sql`o."ownerId" IN ${departmentUsersSql(filter.departmentId)}`);
  }
  if (filter?.territoryId) parts.push(Prisma.sql`o."customerId" IN (SELECT c.id FROM "Customer" c WHERE c."territoryId" IN ${territorySubtreeSql(filter.territoryId)})`);
  return Prisma.join(parts, ' AND ');
}

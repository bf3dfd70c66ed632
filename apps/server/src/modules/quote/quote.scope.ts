import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { escapeLike } from '../../core/db/like.ts';
import { opportunityScopeSql } from '../opportunity/opportunity.scope.ts';
import type { QuoteFilter } from './quote.inputs.ts';
import { QuoteStatus } from './quote.type.ts';

/**
 * Quotes and orders follow their deal (§5): a document is visible exactly when the viewer
 * may see the deal it belongs to. No rule of its own: the opportunity module's scope, as a
 * subquery over the document's `opportunityId` (table aliased `alias`).
 */
export function dealScopeSql(scope: Scope, alias: 'q' | 'r'): Prisma.Sql {
  if (scope.kind === 'all') return Prisma.sql`TRUE`;
  return Prisma.sql`${Prisma.raw(`${alias}."opportunityId"`)} IN (SELECT o.id FROM "Opportunity" o WHERE ${opportunityScopeSql(scope)})`;
}

/** Today's date (UTC) as YYYY-MM-DD: a SENT quote whose validUntil is before it reads as EXPIRED. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

/** The list filters as SQL over `q`: live quotes only. */
export function quoteFilterSql(filter: QuoteFilter | null | undefined, today: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`q."deletedAt" IS NULL`];
  if (filter?.opportunityId) parts.push(Prisma.sql`q."opportunityId" = ${filter.opportunityId}`);
  if (filter?.customerId) parts.push(Prisma.sql`q."customerId" = ${filter.customerId}`);
  if (filter?.ownerId) parts.push(Prisma.sql`q."ownerId" = ${filter.ownerId}`);
  if (filter?.status === QuoteStatus.EXPIRED) parts.push(Prisma.sql`q.status = 'SENT' AND q."validUntil" < ${today}::date`);
  else if (filter?.status === QuoteStatus.SENT) parts.push(Prisma.sql`q.status = 'SENT' AND q."validUntil" >= ${today}::date`);
  else if (filter?.status) parts.push(Prisma.sql`q.status = ${filter.status}::"QuoteStatus"`);
  const search = filter?.search?.trim();
  if (search) {
    const like = `%${escapeLike(search)}%`;
    parts.push(Prisma.sql`(q.number ILIKE ${like} OR q.title ILIKE ${like})`);
  }
  return Prisma.join(parts, ' AND ');
}

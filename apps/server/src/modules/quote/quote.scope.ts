import { Prisma } from '../../generated/prisma/client.ts';
import { escapeLike } from '../../core/db/like.ts';
import type { QuoteFilter } from './quote.inputs.ts';
import { QuoteStatus } from './quote.type.ts';

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

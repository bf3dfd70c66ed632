import { Prisma } from '../../generated/prisma/client.ts';
import { escapeLike } from '../../core/db/like.ts';
import { DeletedFilter } from '../../core/pagination/filters.ts';
import { queryTokens } from '../../core/search/search-tokens.ts';
import type { ContractFilter } from './contract.inputs.ts';
import { contractStatusSql, type LocalDate } from './contract-status.ts';

/** List filters as SQL over `c`; `status` becomes date conditions on `today`. */
export function contractFilterSql(filter: ContractFilter | null | undefined, today: LocalDate): Prisma.Sql {
  const parts: Prisma.Sql[] = [filter?.deleted === DeletedFilter.DELETED ? Prisma.sql`c."deletedAt" IS NOT NULL` : Prisma.sql`c."deletedAt" IS NULL`];
  if (filter?.search) {
    const tokens = queryTokens(filter.search);
    if (tokens.length) {
      const like = `%${escapeLike(filter.search.trim())}%`;
      parts.push(Prisma.sql`c."searchTokens" @> ${tokens}::text[]`);
      parts.push(Prisma.sql`(c.number ILIKE ${like} OR c.title ILIKE ${like})`);
    }
  }
  if (filter?.status) parts.push(contractStatusSql(filter.status, today));
  if (filter?.kind) parts.push(Prisma.sql`c.kind = ${filter.kind}::"ContractKind"`);
  if (filter?.customerId) parts.push(Prisma.sql`c."customerId" = ${filter.customerId}`);
  if (filter?.ownerId) parts.push(Prisma.sql`c."ownerId" = ${filter.ownerId}`);
  if (filter?.endFrom) parts.push(Prisma.sql`c."endDate" >= ${filter.endFrom}::date`);
  if (filter?.endTo) parts.push(Prisma.sql`c."endDate" <= ${filter.endTo}::date`);
  return Prisma.join(parts, ' AND ');
}

import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { OpportunityFilter } from './opportunity.inputs.ts';
import type { Opportunity } from './opportunity.type.ts';
import { toOpportunity } from './opportunity.repository.ts';
import { opportunityFilterSql, toDbDate } from './opportunity.scope.ts';
import { visibleSql } from '../../core/access/access.ts';

export interface StageTotal {
  stageId: string;
  currency: string;
  count: number;
  /** Exact decimal string from SQL's NUMERIC sum. */
  total: string;
}

type BoardRow = Omit<Parameters<typeof toOpportunity>[0], 'expectedCloseDate' | 'amount'> & { expectedCloseDate: string; amount: string };

/**
 * The kanban board in two statements whatever the number of stages: the first N cards of
 * every stage (a LATERAL top-N per stage walks the (stageId, deletedAt, rank, id) index,
 * so it reads N rows per column rather than sorting every visible deal), and one grouped
 * count and sum per stage and currency. Both apply the same scope and filters.
 */
export class OpportunityBoardRepository {
  constructor(private readonly db: Db) {}

  async topPerStage(scope: Scope, filter: OpportunityFilter | null | undefined, perStage: number): Promise<Opportunity[]> {
    const rows = await this.db.$queryRaw<BoardRow[]>`
      SELECT o.id, o.name, o."customerId", o."contactId", o."ownerId", o."stageId", o.amount::text AS amount, o.currency,
             o.probability, to_char(o."expectedCloseDate", 'YYYY-MM-DD') AS "expectedCloseDate", o.competitors, o.source,
             o.description, o."lostReason", o."closedAt", o."stageEnteredAt", o.rank, o."partnerId", o."leadId",
             o."deletedAt", o."createdById", o."createdAt", o."updatedAt", o.version
      FROM "PipelineStage" s
      CROSS JOIN LATERAL (
        SELECT * FROM "Opportunity" o
        WHERE o."stageId" = s.id AND ${opportunityFilterSql(filter)} AND ${visibleSql('Opportunity', scope, 'o')}
        ORDER BY o.rank, o.id
        LIMIT ${perStage}
      ) o
      ORDER BY s.position, o.rank, o.id`;
    return rows.map((r) => toOpportunity({ ...r, expectedCloseDate: toDbDate(r.expectedCloseDate), amount: new Prisma.Decimal(r.amount) }));
  }

  async totals(scope: Scope, filter: OpportunityFilter | null | undefined): Promise<StageTotal[]> {
    return this.db.$queryRaw<StageTotal[]>`
      SELECT o."stageId", o.currency, count(*)::int AS count, sum(o.amount)::text AS total
      FROM "Opportunity" o
      WHERE ${opportunityFilterSql(filter)} AND ${visibleSql('Opportunity', scope, 'o')}
      GROUP BY o."stageId", o.currency
      ORDER BY o."stageId", o.currency`;
  }
}

import type { Db } from '../core/db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { newId } from '../core/ids.ts';
import { documentTokens } from '../core/search/search-tokens.ts';

/** Test and benchmark factories for the sales module (see factories.ts for the rest). */
let counter = 0;

type DealData = Partial<Prisma.OpportunityUncheckedCreateInput> & { customerId: string; stageId: string };

/** One deal with sensible defaults and its first stage-history row. */
export async function makeOpportunity(db: Db, data: DealData) {
  const name = data.name ?? `Deal ${++counter}`;
  const id = newId();
  const deal = await db.opportunity.create({
    data: {
      id, amount: '1000.00', currency: 'CNY', probability: 10, expectedCloseDate: new Date('2026-12-31T00:00:00Z'),
      ...data, name, searchTokens: documentTokens(name),
    },
    omit: { searchTokens: true },
  });
  await db.opportunityStageChange.create({
    data: { id: newId(), opportunityId: id, toStageId: deal.stageId, changedAt: deal.stageEnteredAt, changedById: deal.ownerId },
  });
  return deal;
}

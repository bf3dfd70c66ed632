import DataLoader from 'dataloader';
import type { OpportunityLineRepository } from './opportunity-line.repository.ts';
import type { OpportunityLineItem } from './opportunity-line.type.ts';

/** Keys are ids of deals already loaded through the viewer's scope: one statement per request each. */
export function createOpportunityLineLoaders(deps: { lines: OpportunityLineRepository }) {
  return {
    opportunityLineItems: new DataLoader<string, OpportunityLineItem[]>(async (ids) => {
      const rows = await deps.lines.linesOf(ids);
      return ids.map((id) => rows.filter((r) => r.opportunityId === id));
    }),
    opportunityPriceBookId: new DataLoader<string, string | null>(async (ids) => {
      const map = await deps.lines.priceBookIds(ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}

import DataLoader from 'dataloader';
import type { Scope } from '../../core/auth/scope.ts';
import type { OpportunityLineRepository } from './opportunity-line.repository.ts';
import type { OpportunityLineItem } from './opportunity-line.type.ts';

/** Keys are deal ids; the lines and price books come through the viewer's scope: one statement per request each. */
export function createOpportunityLineLoaders(deps: { lines: OpportunityLineRepository }, scope: () => Promise<Scope>) {
  return {
    opportunityLineItems: new DataLoader<string, OpportunityLineItem[]>(async (ids) => {
      const rows = await deps.lines.linesOf(await scope(), ids);
      return ids.map((id) => rows.filter((r) => r.opportunityId === id));
    }),
    opportunityPriceBookId: new DataLoader<string, string | null>(async (ids) => {
      const map = await deps.lines.priceBookIds(await scope(), ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}

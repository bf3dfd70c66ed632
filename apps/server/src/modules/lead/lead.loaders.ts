import DataLoader from 'dataloader';
import type { Scope } from '../../core/auth/scope.ts';
import type { Opportunity } from '../opportunity/opportunity.type.ts';
import type { OpportunityRepository } from '../opportunity/opportunity.repository.ts';

/** Request-scoped loaders the lead module needs: the deals leads were converted into, through the viewer's scope. */
export function createLeadLoaders(deps: { opportunities: OpportunityRepository }, scope: () => Promise<Scope>) {
  return {
    convertedOpportunity: new DataLoader<string, Opportunity | null>(async (ids) => {
      const rows = new Map((await deps.opportunities.findManyVisible(await scope(), ids)).map((o) => [o.id, o]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}

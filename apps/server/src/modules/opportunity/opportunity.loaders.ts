import DataLoader from 'dataloader';
import type { Scope } from '../../core/auth/scope.ts';
import type { Contact } from '../contact/contact.type.ts';
import type { PipelineStage } from '../pipeline/pipeline.type.ts';
import type { OpportunityRepository } from './opportunity.repository.ts';
import type { OpportunityStageChange } from './opportunity.type.ts';
import type { PipelineRepository } from '../pipeline/pipeline.repository.ts';

const byId = <V extends { id: string }>(keys: readonly string[], rows: V[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
};

/** Request-scoped loaders for deals, stages and stage history: one statement per relation per request. */
export function createOpportunityLoaders(deps: { opportunities: OpportunityRepository; pipeline: PipelineRepository }, scope: () => Promise<Scope>) {
  return {
    pipelineStage: new DataLoader<string, PipelineStage | null>(async (ids) => byId(ids, await deps.pipeline.findByIds(await scope(), ids))),
    stageOpportunityCount: new DataLoader<string, number>(async (ids) => {
      const counts = await deps.pipeline.countOpportunities(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    stageHistory: new DataLoader<string, OpportunityStageChange[]>(async (ids) => {
      const rows = await deps.opportunities.stageChanges(await scope(), ids);
      return ids.map((id) => rows.filter((r) => r.opportunityId === id));
    }),
    contact: new DataLoader<string, Contact | null>(async (ids) => byId(ids, await deps.opportunities.contactsVisible(await scope(), ids))),
  };
}

import type { Db } from '../../core/db/database.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import { OpportunityLineRepository } from './opportunity-line.repository.ts';
import { OpportunityLineService } from './opportunity-line.service.ts';

/** Deal line items, wired once in services.ts. */
export function createOpportunityLineServices(db: Db, deps: { opportunity: OpportunityService }) {
  return { opportunityLine: new OpportunityLineService(new OpportunityLineRepository(db), deps.opportunity) };
}

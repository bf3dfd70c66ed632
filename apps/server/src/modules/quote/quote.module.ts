import type { Db } from '../../core/db/database.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import { createOrderServices } from './order.module.ts';
import { QuoteRepository } from './quote.repository.ts';
import { QuoteService } from './quote.service.ts';

/** The quote and order services, wired once in services.ts: accepting a quote writes the order in the same transaction. */
export function createQuoteServices(db: Db, deps: { opportunity: OpportunityService }) {
  const { order } = createOrderServices(db);
  return { order, quote: new QuoteService(new QuoteRepository(db), order.repo, deps.opportunity) };
}

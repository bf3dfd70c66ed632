import DataLoader from 'dataloader';
import type { Scope } from '../../core/auth/scope.ts';
import type { Opportunity } from '../opportunity/opportunity.type.ts';
import type { OpportunityRepository } from '../opportunity/opportunity.repository.ts';
import type { OrderRepository } from './order.repository.ts';
import type { Order } from './order.type.ts';
import type { QuoteRepository } from './quote.repository.ts';
import type { Quote, QuoteLine } from './quote.type.ts';
import { toLine } from './quote.mapping.ts';

const group = <R, K>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] => {
  const map = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k)!);
};

/** Customers' orders shown on the customer page, at most this many each. */
export const ORDERS_PER_CUSTOMER = 50;

/** Request-scoped loaders for quotes and orders, each through the viewer's scope: one statement per relation per request. */
export function createQuoteLoaders(
  deps: { quotes: QuoteRepository; orders: OrderRepository; opportunities: OpportunityRepository },
  scope: () => Promise<Scope>,
) {
  return {
    /** Keyed by `${quoteId}|${currency}`: lines carry money in their document's currency. */
    quoteLines: new DataLoader<string, QuoteLine[]>(async (keys) => {
      const ids = keys.map((k) => k.split('|')[0]!);
      const rows = await deps.quotes.linesOf(await scope(), ids);
      return group(ids, rows, (r) => r.quoteId).map((lines, i) => lines.map((l) => toLine(l, keys[i]!.split('|')[1]!)));
    }),
    orderLines: new DataLoader<string, QuoteLine[]>(async (keys) => {
      const ids = keys.map((k) => k.split('|')[0]!);
      const rows = await deps.orders.linesOf(await scope(), ids);
      return group(ids, rows, (r) => r.orderId).map((lines, i) => lines.map((l) => toLine(l, keys[i]!.split('|')[1]!)));
    }),
    opportunityQuotes: new DataLoader<string, Quote[]>(async (ids) => group(ids, await deps.quotes.ofOpportunities(await scope(), ids), (q) => q.opportunityId)),
    quoteOrder: new DataLoader<string, Order | null>(async (ids) => {
      const byQuote = new Map((await deps.orders.ofQuotes(await scope(), ids)).map((o) => [o.quoteId, o]));
      return ids.map((id) => byQuote.get(id) ?? null);
    }),
    customerOrders: new DataLoader<string, Order[]>(async (ids) =>
      group(ids, await deps.orders.ofCustomers(await scope(), ids, ORDERS_PER_CUSTOMER), (o) => o.customerId),
    ),
    /** A document's deal, through the viewer's scope. */
    documentOpportunity: new DataLoader<string, Opportunity | null>(async (ids) => {
      const rows = new Map((await deps.opportunities.findManyVisible(await scope(), ids)).map((o) => [o.id, o]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    /** A document's quote by id, through the viewer's scope. */
    quoteById: new DataLoader<string, Quote | null>(async (ids) => {
      const rows = new Map((await deps.quotes.findManyVisible(await scope(), ids)).map((q) => [q.id, q]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}

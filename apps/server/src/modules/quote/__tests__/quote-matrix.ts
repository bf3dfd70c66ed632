import type { TestServer } from '../../../test-support/test-server.ts';
import { makeDeal, makeOrder, makeQuote } from './quote-factories.ts';

/** The quote and order rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const deal = (s: TestServer, v: Caller) => makeDeal(s.db.prisma, { ownerId: v.userId, partnerId: v.partnerId, name: 'MATRIX-SECRET-客户 deal' });
const quoteOf = async (s: TestServer, v: Caller, status: 'DRAFT' | 'SENT' = 'DRAFT') => makeQuote(s.db.prisma, await deal(s, v), { status, title: 'MATRIX-SECRET-客户' });
const orderOf = async (s: TestServer, v: Caller) => makeOrder(s.db.prisma, await deal(s, v));
const byId = (mutation: string, fields = 'id') => `mutation($id: ID!) { ${mutation}(id: $id) { ${fields} } }`;

export const QUOTE_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'quotes', rule: 'quote:read', request: async (s, v) => (await quoteOf(s, v), { query: '{ quotes { totalCount edges { node { title total { amount } lines { name } } } } }' }) },
  { name: 'quote', rule: 'quote:read', request: async (s, v) => ({ query: 'query($id: ID!) { quote(id: $id) { title } }', variables: { id: await quoteOf(s, v) } }) },
  {
    name: 'createQuote',
    rule: 'quote:create',
    request: async (s, v) => ({
      query: 'mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }',
      variables: { input: { opportunityId: (await deal(s, v)).id, validUntil: '2099-01-31', lines: [{ name: 'Matrix line', quantity: '1', unitPrice: '10' }] } },
    }),
  },
  { name: 'updateQuote', rule: 'quote:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { updateQuote(id: $id, input: { version: 1, title: "Renamed" }) { title } }', variables: { id: await quoteOf(s, v) } }) },
  { name: 'markQuoteSent', rule: 'quote:update', request: async (s, v) => ({ query: byId('markQuoteSent', 'status'), variables: { id: await quoteOf(s, v) } }) },
  { name: 'acceptQuote', rule: 'quote:update', request: async (s, v) => ({ query: byId('acceptQuote', 'number'), variables: { id: await quoteOf(s, v, 'SENT') } }) },
  { name: 'rejectQuote', rule: 'quote:update', request: async (s, v) => ({ query: byId('rejectQuote', 'status'), variables: { id: await quoteOf(s, v, 'SENT') } }) },
  { name: 'reviseQuote', rule: 'quote:create', request: async (s, v) => ({ query: byId('reviseQuote', 'number'), variables: { id: await quoteOf(s, v, 'SENT') } }) },
  { name: 'deleteQuote', rule: 'quote:delete', request: async (s, v) => ({ query: byId('deleteQuote', 'title'), variables: { id: await quoteOf(s, v) } }) },
  { name: 'orders', rule: 'order:read', request: async (s, v) => (await orderOf(s, v), { query: '{ orders { totalCount edges { node { number total { amount } lines { name } } } } }' }) },
  { name: 'order', rule: 'order:read', request: async (s, v) => ({ query: 'query($id: ID!) { order(id: $id) { number } }', variables: { id: await orderOf(s, v) } }) },
  { name: 'fulfilOrder', rule: 'order:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { fulfilOrder(id: $id, version: 1) { status } }', variables: { id: await orderOf(s, v) } }) },
  { name: 'cancelOrder', rule: 'order:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { cancelOrder(id: $id, version: 1) { status } }', variables: { id: await orderOf(s, v) } }) },
];

import type { Db } from '../../../core/db/database.ts';
import { newId } from '../../../core/ids.ts';

/** GraphQL documents and catalogue fixtures shared by the quote tests. */
const MONEY = 'amount currency';
export const QUOTE_FIELDS = `id number title status currency validUntil discountPercent version opportunityId customerId ownerId acceptedAt
  subtotal { ${MONEY} } discountTotal { ${MONEY} } taxTotal { ${MONEY} } total { ${MONEY} }
  lines { position productId name unit quantity unitPrice { amount } discountPercent taxRate subtotal { amount } discountAmount { amount } taxAmount { amount } total { amount } }`;
export const ORDER_FIELDS = `id number status quoteId currency version orderDate subtotal { amount } discountTotal { amount } taxTotal { amount } total { ${MONEY} }
  lines { position name quantity unitPrice { amount } total { amount } } quote { number status }`;

export const CREATE = `mutation($input: CreateQuoteInput!) { createQuote(input: $input) { ${QUOTE_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateQuoteInput!) { updateQuote(id: $id, input: $input) { ${QUOTE_FIELDS} } }`;
export const GET = `query($id: ID!) { quote(id: $id) { ${QUOTE_FIELDS} order { number } } }`;
export const LIST = `query($filter: QuoteFilter, $orderBy: QuoteOrder, $first: Int, $after: String) {
  quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id number title status total { amount } } } } }`;
export const SEND = `mutation($id: ID!) { markQuoteSent(id: $id) { id status version sentAt } }`;
export const ACCEPT = `mutation($id: ID!) { acceptQuote(id: $id) { ${ORDER_FIELDS} } }`;
export const REJECT = `mutation($id: ID!) { rejectQuote(id: $id) { id status } }`;
export const REVISE = `mutation($id: ID!) { reviseQuote(id: $id) { ${QUOTE_FIELDS} } }`;
export const DELETE = `mutation($id: ID!) { deleteQuote(id: $id) { id deletedAt } }`;
export const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
export const ORDERS = `query($filter: OrderFilter) { orders(filter: $filter) { totalCount edges { node { id number status total { amount } } } } }`;
export const FULFIL = `mutation($id: ID!, $v: Int!) { fulfilOrder(id: $id, version: $v) { id status version } }`;
export const CANCEL = `mutation($id: ID!, $v: Int!) { cancelOrder(id: $id, version: $v) { id status version } }`;

/** A CNY default price book with a 1200.00 licence (5 % from 10 units, 13 % tax) and a 99.00 support plan (6 %). */
export async function makeCatalogue(db: Db) {
  const book = await db.priceBook.create({ data: { id: newId(), name: `Standard CNY ${Math.random()}`, currency: 'CNY', isDefault: true } });
  const licence = await db.product.create({ data: { id: newId(), sku: `LIC-${Math.random()}`, name: 'CRM 许可证 licence', unit: '套', taxRate: '13' } });
  const support = await db.product.create({ data: { id: newId(), sku: `SUP-${Math.random()}`, name: 'Support plan', unit: 'month', taxRate: '6' } });
  const archived = await db.product.create({ data: { id: newId(), sku: `OLD-${Math.random()}`, name: 'Old box', active: false } });
  const entry = await db.priceBookEntry.create({ data: { id: newId(), priceBookId: book.id, productId: licence.id, unitPrice: '1200.00' } });
  await db.volumeDiscount.create({ data: { id: newId(), entryId: entry.id, minQuantity: '10', discountPercent: '5' } });
  await db.priceBookEntry.create({ data: { id: newId(), priceBookId: book.id, productId: support.id, unitPrice: '99.00' } });
  await db.priceBookEntry.create({ data: { id: newId(), priceBookId: book.id, productId: archived.id, unitPrice: '1.00' } });
  const outside = await db.product.create({ data: { id: newId(), sku: `X-${Math.random()}`, name: 'Not in the book' } });
  return { book: book.id, licence: licence.id, support: support.id, archived: archived.id, outside: outside.id };
}

export const year = () => new Date().getUTCFullYear();
export const quoteNo = (n: number) => `Q-${year()}-${String(n).padStart(5, '0')}`;
export const orderNo = (n: number) => `SO-${year()}-${String(n).padStart(5, '0')}`;

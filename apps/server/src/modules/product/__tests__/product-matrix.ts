import type { TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';
import { makePrice, makePriceBook, makeProduct } from './product-factories.ts';

/** The product, price-book and deal line-item rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
const SECRET = 'MATRIX-SECRET-客户';
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const product = async (s: TestServer) => (await makeProduct(s.db.prisma, { name: SECRET })).id;
const book = async (s: TestServer) => (await makePriceBook(s.db.prisma, { name: SECRET })).id;
const priced = async (s: TestServer) => {
  const [b, p] = [await book(s), await product(s)];
  await makePrice(s.db.prisma, b, p, '100.00');
  return { b, p };
};
/** A deal of the caller (or of their partner company), in CNY. */
const dealOf = async (s: TestServer, v: Caller) => {
  const stage = (await ensureDefaultStages(s.db.prisma))[0];
  const customer = await makeCustomer(s.db.prisma, { name: `${SECRET} ${Math.random()}`, ownerId: v.partnerId ? null : v.userId, partnerId: v.partnerId });
  return (await makeOpportunity(s.db.prisma, { name: SECRET, customerId: customer.id, stageId: stage.id, ownerId: v.userId, partnerId: v.partnerId })).id;
};

export const PRODUCT_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'products', rule: 'product:read', request: async (s) => (await product(s), { query: '{ products { totalCount edges { node { name sku } } } }' }) },
  { name: 'product', rule: 'product:read', request: async (s) => ({ query: 'query($id: ID!) { product(id: $id) { name prices { unitPrice { amount } } } }', variables: { id: await product(s) } }) },
  { name: 'productCategories', rule: 'product:read', request: async () => ({ query: '{ productCategories }' }) },
  { name: 'priceBooks', rule: 'product:read', request: async (s) => (await book(s), { query: '{ priceBooks { name productCount } }' }) },
  { name: 'priceBook', rule: 'product:read', request: async (s) => ({ query: 'query($id: ID!) { priceBook(id: $id) { name } }', variables: { id: await book(s) } }) },
  {
    name: 'productPrice', rule: 'product:read',
    request: async (s) => ({ query: 'query($b: ID!, $p: ID!) { productPrice(priceBookId: $b, productId: $p, quantity: "2") { lineTotal { amount } product { name } } }', variables: await priced(s) }),
  },
  { name: 'createProduct', rule: 'product:manage', request: async () => ({ query: `mutation { createProduct(input: { sku: "M-${Math.random().toString(36).slice(2, 9)}", name: "Matrix product" }) { id } }` }) },
  { name: 'updateProduct', rule: 'product:manage', request: async (s) => ({ query: 'mutation($id: ID!) { updateProduct(id: $id, input: { version: 1, unit: "套" }) { name } }', variables: { id: await product(s) } }) },
  { name: 'archiveProduct', rule: 'product:manage', request: async (s) => ({ query: 'mutation($id: ID!) { archiveProduct(id: $id) { name } }', variables: { id: await product(s) } }) },
  { name: 'unarchiveProduct', rule: 'product:manage', request: async (s) => ({ query: 'mutation($id: ID!) { unarchiveProduct(id: $id) { name } }', variables: { id: await product(s) } }) },
  { name: 'createPriceBook', rule: 'product:manage', request: async () => ({ query: 'mutation { createPriceBook(input: { name: "Matrix book", currency: "EUR" }) { id } }' }) },
  { name: 'updatePriceBook', rule: 'product:manage', request: async (s) => ({ query: 'mutation($id: ID!) { updatePriceBook(id: $id, input: { version: 1, description: "d" }) { name } }', variables: { id: await book(s) } }) },
  { name: 'deletePriceBook', rule: 'product:manage', request: async (s) => ({ query: 'mutation($id: ID!) { deletePriceBook(id: $id) }', variables: { id: await book(s) } }) },
  {
    name: 'setProductPrice', rule: 'product:manage',
    request: async (s) => ({
      query: 'mutation($b: ID!, $p: ID!) { setProductPrice(input: { priceBookId: $b, productId: $p, unitPrice: "9.99", tiers: [{ minQuantity: "10", discountPercent: "5" }] }) { unitPrice { amount } } }',
      variables: { b: await book(s), p: await product(s) },
    }),
  },
  { name: 'removeProductPrice', rule: 'product:manage', request: async (s) => ({ query: 'mutation($b: ID!, $p: ID!) { removeProductPrice(priceBookId: $b, productId: $p) }', variables: await priced(s) }) },
  {
    name: 'setOpportunityLineItems', rule: 'opportunity:update',
    request: async (s, v) => {
      const { b, p } = await priced(s);
      return {
        query: 'mutation($id: ID!, $b: ID!, $p: ID!) { setOpportunityLineItems(opportunityId: $id, input: { version: 1, priceBookId: $b, lines: [{ productId: $p, quantity: "1" }] }) { name lineItems { total { amount } } } }',
        variables: { id: await dealOf(s, v), b, p },
      };
    },
  },
];

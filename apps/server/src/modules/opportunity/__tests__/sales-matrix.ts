import { makeDepartment } from '../../../seed/factories.ts';
import type { TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';
import { newId } from '../../../core/ids.ts';

/** The pipeline and opportunity rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
const SECRET = 'MATRIX-SECRET-客户';
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const firstStage = async (s: TestServer) => (await ensureDefaultStages(s.db.prisma))[0];
const customerOf = (s: TestServer, v: Caller) => makeCustomer(s.db.prisma, { name: `${SECRET} ${Math.random()}`, ownerId: v.partnerId ? null : v.userId, partnerId: v.partnerId });
const dealId = async (s: TestServer, v: Caller) => {
  const customer = await customerOf(s, v);
  return (await makeOpportunity(s.db.prisma, { name: SECRET, customerId: customer.id, stageId: (await firstStage(s)).id, ownerId: v.userId, partnerId: v.partnerId })).id;
};
const freshStage = async (s: TestServer) => {
  await firstStage(s);
  return (await s.db.prisma.pipelineStage.create({ data: { id: newId(), name: `Matrix ${Math.random()}`, position: 99, probability: 5 } })).id;
};

export const SALES_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'pipelineStages', rule: 'opportunity:read', request: async (s) => (await firstStage(s), { query: '{ pipelineStages { id name } }' }) },
  { name: 'createPipelineStage', rule: 'admin:sales', request: async () => ({ query: 'mutation { createPipelineStage(input: { name: "Matrix stage", probability: 5 }) { id } }' }) },
  { name: 'updatePipelineStage', rule: 'admin:sales', request: async (s) => ({ query: 'mutation($id: ID!) { updatePipelineStage(id: $id, input: { version: 1, probability: 6 }) { id } }', variables: { id: await freshStage(s) } }) },
  { name: 'reorderPipelineStages', rule: 'admin:sales', request: async (s) => ({ query: 'mutation($ids: [ID!]!) { reorderPipelineStages(ids: $ids) { id } }', variables: { ids: (await s.db.prisma.pipelineStage.findMany({ orderBy: { position: 'asc' } })).map((x) => x.id) } }) },
  { name: 'deletePipelineStage', rule: 'admin:sales', request: async (s) => ({ query: 'mutation($id: ID!) { deletePipelineStage(id: $id) }', variables: { id: await freshStage(s) } }) },
  { name: 'opportunities', rule: 'opportunity:read', request: async (s, v) => (await dealId(s, v), { query: '{ opportunities { totalCount edges { node { name amount { amount } } } } }' }) },
  { name: 'opportunity', rule: 'opportunity:read', request: async (s, v) => ({ query: 'query($id: ID!) { opportunity(id: $id) { name } }', variables: { id: await dealId(s, v) } }) },
  { name: 'opportunityBoard', rule: 'opportunity:read', request: async (s, v) => (await dealId(s, v), { query: '{ opportunityBoard { columns { totalCount totals { amount } opportunities { name } } } }' }) },
  { name: 'createOpportunity', rule: 'opportunity:create', request: async (s, v) => (await firstStage(s), { query: 'mutation($c: ID!) { createOpportunity(input: { name: "Matrix deal", customerId: $c, amount: "1", currency: "CNY", expectedCloseDate: "2026-12-31" }) { id } }', variables: { c: (await customerOf(s, v)).id } }) },
  { name: 'updateOpportunity', rule: 'opportunity:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { updateOpportunity(id: $id, input: { version: 1, amount: "2" }) { name } }', variables: { id: await dealId(s, v) } }) },
  { name: 'shareOpportunity', rule: 'opportunity:update', request: async (s, v) => ({ query: 'mutation($input: ShareRecordInput!) { shareOpportunity(input: $input) { id } }', variables: { input: { recordId: await dealId(s, v), departmentId: (await makeDepartment(s.db.prisma)).id } } }) },
  { name: 'moveOpportunity', rule: 'opportunity:update', request: async (s, v) => ({ query: 'mutation($id: ID!, $st: ID!) { moveOpportunity(id: $id, input: { version: 1, stageId: $st }) { name } }', variables: { id: await dealId(s, v), st: (await firstStage(s)).id } }) },
  { name: 'deleteOpportunity', rule: 'opportunity:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { deleteOpportunity(id: $id) { name } }', variables: { id: await dealId(s, v) } }) },
  { name: 'restoreOpportunity', rule: 'opportunity:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { restoreOpportunity(id: $id) { name } }', variables: { id: await dealId(s, v) } }) },
];

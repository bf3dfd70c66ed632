import type { TestServer } from '../../../test-support/test-server.ts';
import { makeLead } from './lead-factories.ts';

/** The lead rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
const SECRET = 'MATRIX-SECRET-客户';
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

/** A lead the caller owns and created, so record-level rules do not blur the operation-level ones. */
const leadId = async (s: TestServer, v: Caller) =>
  (await makeLead(s.db.prisma, { name: `${SECRET} ${Math.random()}`, email: `m${Math.random()}@matrix.example`, ownerId: v.partnerId ? null : v.userId, createdById: v.userId })).id;

export const LEAD_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'leads', rule: 'lead:read', request: async (s, v) => (await leadId(s, v), { query: '{ leads { totalCount edges { node { name email } } } }' }) },
  { name: 'lead', rule: 'lead:read', request: async (s, v) => ({ query: 'query($id: ID!) { lead(id: $id) { name } }', variables: { id: await leadId(s, v) } }) },
  { name: 'leadDuplicates', rule: 'lead:read', request: async (s, v) => (await leadId(s, v), { query: `{ leadDuplicates(name: "${SECRET}") { leads { name } customers { name } contacts { name } } }` }) },
  { name: 'leadAssignmentRule', rule: 'admin:sales', request: async () => ({ query: '{ leadAssignmentRule { mode departmentId } }' }) },
  { name: 'updateLeadAssignmentRule', rule: 'admin:sales', request: async () => ({ query: 'mutation { updateLeadAssignmentRule(input: { mode: NONE }) { mode } }' }) },
  { name: 'createLead', rule: 'lead:create', request: async () => ({ query: `mutation { createLead(input: { name: "Matrix lead ${Math.random()}", ownerId: null }) { id } }` }) },
  { name: 'updateLead', rule: 'lead:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { updateLead(id: $id, input: { version: 1, title: "T" }) { name } }', variables: { id: await leadId(s, v) } }) },
  { name: 'assignLead', rule: 'lead:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { assignLead(id: $id, ownerId: null) { name } }', variables: { id: await leadId(s, v) } }) },
  { name: 'qualifyLead', rule: 'lead:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { qualifyLead(id: $id) { name } }', variables: { id: await leadId(s, v) } }) },
  { name: 'disqualifyLead', rule: 'lead:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { disqualifyLead(id: $id, reason: "No budget") { name } }', variables: { id: await leadId(s, v) } }) },
  { name: 'deleteLead', rule: 'lead:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { deleteLead(id: $id) { name } }', variables: { id: await leadId(s, v) } }) },
  { name: 'restoreLead', rule: 'lead:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { restoreLead(id: $id) { name } }', variables: { id: await leadId(s, v) } }) },
  { name: 'importLeads', rule: 'lead:create', request: async () => ({ query: 'mutation($csv: String!) { importLeads(csv: $csv, dryRun: true) { valid created } }', variables: { csv: 'name,email\nMatrix Import,import@matrix.example\n' } }) },
  { name: 'convertLead', rule: 'lead:convert', request: async (s, v) => ({ query: 'mutation($id: ID!) { convertLead(id: $id, input: { createOpportunity: false }) { lead { name } customer { name } } }', variables: { id: await leadId(s, v) } }) },
];

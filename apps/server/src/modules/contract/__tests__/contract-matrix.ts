import { makeDepartment } from '../../../seed/factories.ts';
import type { TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { newId } from '../../../core/ids.ts';
import { makeContract } from './contract-factories.ts';

/** The contract rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const SECRET = 'MATRIX-SECRET-客户';
const customerOf = async (s: TestServer, v: Caller) =>
  (await makeCustomer(s.db.prisma, { name: `${SECRET} ${Math.random()}`, ownerId: v.partnerId ? null : v.userId, partnerId: v.partnerId })).id;
/** A contract of the caller (owned by them, or linked to their partner company). */
const contractOf = async (s: TestServer, v: Caller, state: 'DRAFT' | 'ACTIVE' = 'ACTIVE') =>
  (await makeContract(s.db.prisma, { customerId: await customerOf(s, v), ownerId: v.partnerId ? null : v.userId, partnerId: v.partnerId, state, title: SECRET })).id;
const entitlementOf = async (s: TestServer, v: Caller) =>
  (await s.db.prisma.contractEntitlement.create({ data: { id: newId(), contractId: await contractOf(s, v), name: SECRET, quantity: 5 } })).id;

export const CONTRACT_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'contracts', rule: 'contract:read', request: async () => ({ query: '{ contracts { totalCount edges { node { number title status } } } }' }) },
  { name: 'contract', rule: 'contract:read', request: async (s, v) => ({ query: 'query($id: ID!) { contract(id: $id) { title status } }', variables: { id: await contractOf(s, v) } }) },
  {
    name: 'customerEntitlements', rule: 'contract:read',
    request: async (s, v) => ({ query: 'query($id: ID!) { customerEntitlements(customerId: $id, on: "2026-06-01") { name remaining } }', variables: { id: await customerOf(s, v) } }),
  },
  {
    name: 'createContract', rule: 'contract:create',
    request: async (s, v) => ({
      query: 'mutation($input: CreateContractInput!) { createContract(input: $input) { id title } }',
      variables: { input: { kind: 'SALES', title: 'Matrix', customerId: await customerOf(s, v), value: '10', currency: 'CNY', startDate: '2026-01-01', endDate: '2026-12-31' } },
    }),
  },
  { name: 'updateContract', rule: 'contract:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { updateContract(id: $id, input: { version: 1, title: "Renamed" }) { title } }', variables: { id: await contractOf(s, v) } }) },
  { name: 'shareContract', rule: 'contract:update', request: async (s, v) => ({ query: 'mutation($input: ShareRecordInput!) { shareContract(input: $input) { id } }', variables: { input: { recordId: await contractOf(s, v), departmentId: (await makeDepartment(s.db.prisma)).id } } }) },
  { name: 'activateContract', rule: 'contract:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { activateContract(id: $id, version: 1) { title } }', variables: { id: await contractOf(s, v, 'DRAFT') } }) },
  { name: 'terminateContract', rule: 'contract:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { terminateContract(id: $id, version: 1, reason: "r") { title } }', variables: { id: await contractOf(s, v) } }) },
  { name: 'renewContract', rule: 'contract:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { renewContract(id: $id, input: { endDate: "2027-12-31" }) { title } }', variables: { id: await contractOf(s, v) } }) },
  { name: 'deleteContract', rule: 'contract:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { deleteContract(id: $id) { title } }', variables: { id: await contractOf(s, v, 'DRAFT') } }) },
  {
    name: 'addContractEntitlement', rule: 'contract:update',
    request: async (s, v) => ({ query: 'mutation($id: ID!) { addContractEntitlement(contractId: $id, input: { name: "Visits", quantity: 4 }) { name } }', variables: { id: await contractOf(s, v) } }),
  },
  { name: 'updateContractEntitlement', rule: 'contract:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { updateContractEntitlement(id: $id, input: { used: 1 }) { name } }', variables: { id: await entitlementOf(s, v) } }) },
  { name: 'removeContractEntitlement', rule: 'contract:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { removeContractEntitlement(id: $id) { name } }', variables: { id: await entitlementOf(s, v) } }) },
];

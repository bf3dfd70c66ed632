import type { TestServer } from '../../../test-support/test-server.ts';
import { newId } from '../../../core/ids.ts';
import { makeCustomer } from '../../../seed/factories.ts';

/** The territory rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

/** A fresh empty territory, made directly in the database. */
const territory = async (s: TestServer) => (await s.db.prisma.territory.create({ data: { id: newId(), name: `Matrix ${newId()}` } })).id;
/** A customer the caller may change (theirs, or their partner company's). */
const mine = async (s: TestServer, v: Caller) =>
  (await makeCustomer(s.db.prisma, { name: `Matrix ${Math.random()}`, ownerId: v.partnerId ? null : v.userId, partnerId: v.partnerId })).id;

export const TERRITORY_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  {
    name: 'territoryTree',
    rule: 'customer:read',
    request: async () => ({ query: '{ territoryTree { id name depth customerCount totalCustomerCount openPipeline { amount currency } reps { id name } } }' }),
  },
  { name: 'createTerritory', rule: 'admin:sales', request: async () => ({ query: `mutation { createTerritory(input: { name: "Matrix ${newId()}" }) { id } }` }) },
  {
    name: 'updateTerritory',
    rule: 'admin:sales',
    request: async (s) => ({ query: 'mutation($id: ID!) { updateTerritory(id: $id, input: { version: 1, name: "Renamed" }) { id } }', variables: { id: await territory(s) } }),
  },
  { name: 'deleteTerritory', rule: 'admin:sales', request: async (s) => ({ query: 'mutation($id: ID!) { deleteTerritory(id: $id) }', variables: { id: await territory(s) } }) },
  {
    name: 'setTerritoryReps',
    rule: 'admin:sales',
    request: async (s, v) => ({
      query: 'mutation($id: ID!, $users: [ID!]!) { setTerritoryReps(territoryId: $id, userIds: $users) { id reps { id } } }',
      variables: { id: await territory(s), users: v.userId && !v.partnerId ? [v.userId] : [] },
    }),
  },
  {
    name: 'assignCustomersToTerritory',
    rule: 'customer:update',
    request: async (s, v) => ({
      query: 'mutation($input: AssignCustomersToTerritoryInput!) { assignCustomersToTerritory(input: $input) { changedCount customerIds } }',
      variables: { input: { territoryId: await territory(s), customerIds: [await mine(s, v)] } },
    }),
  },
];

import type { Role } from '../../../generated/prisma/enums.ts';
import { getSchema } from '../../../schema.ts';
import { FACTORY_PASSWORD, makeContact, makeCustomer, makeDepartment, makeUser } from '../../../seed/factories.ts';
import { startTestServer, type GqlResult, type TestServer } from '../../../test-support/test-server.ts';
import { PUBLIC, SESSION, SIGNED_IN } from '../auth-checker.ts';
import { BUILT_IN_ROLES } from '../permissions.ts';

import { SALES_OPERATIONS } from '../../../modules/opportunity/__tests__/sales-matrix.ts';
import { ANALYTICS_OPERATIONS } from '../../../modules/sales-analytics/__tests__/analytics-matrix.ts';
import { LEAD_OPERATIONS } from '../../../modules/lead/__tests__/lead-matrix.ts';
import { TARGET_OPERATIONS } from '../../../modules/target/__tests__/target-matrix.ts';
import { ACTIVITY_OPERATIONS } from '../../../modules/activity/__tests__/activity-matrix.ts';
import { COMMISSION_OPERATIONS } from '../../../modules/commission/__tests__/commission-matrix.ts';
import { QUOTE_OPERATIONS } from '../../../modules/quote/__tests__/quote-matrix.ts';
import { CONTRACT_OPERATIONS } from '../../../modules/contract/__tests__/contract-matrix.ts';
import { PRODUCT_OPERATIONS } from '../../../modules/product/__tests__/product-matrix.ts';
import { TERRITORY_OPERATIONS } from '../../../modules/territory/__tests__/territory-matrix.ts';
import { API_KEY_OPERATIONS } from '../../../modules/api-key/__tests__/api-key-matrix.ts';
import { JOB_OPERATIONS } from '../../../modules/job/__tests__/job-matrix.ts';
import { WEBHOOK_OPERATIONS } from '../../../modules/webhook/__tests__/webhook-matrix.ts';
import { IMPORT_OPERATIONS } from '../../../modules/import/__tests__/import-matrix.ts';
import { newId } from '../../ids.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';

/** What the built-in role grants (the migration creates the roles with these defaults; the users here hold them). */
const hasPermission = (role: string, permission: string) => BUILT_IN_ROLES.some((r) => r.key === role && (r.permissions as readonly string[]).includes(permission));

/**
 * Every operation of the API, run as anonymous and as each role: allowed where the role's
 * permissions say so, otherwise UNAUTHENTICATED / FORBIDDEN with no data in the answer.
 * A new Query or Mutation fails the coverage test below until it joins OPERATIONS.
 */
const SECRET = 'MATRIX-SECRET-客户';
type Who = Role | 'ANONYMOUS';
const ROLES: Who[] = ['ANONYMOUS', 'ADMIN', 'SALES_MANAGER', 'SALES_REP', 'SERVICE_MANAGER', 'SERVICE_AGENT', 'MARKETER', 'PARTNER'];

interface Op {
  name: string;
  rule: string;
  /** Builds the request; may create a fresh target so roles do not interfere. */
  request(s: TestServer, v: Caller): Promise<{ query: string; variables?: Record<string, unknown> }>;
}

/** Who is calling: targets are made theirs, so record-level rules do not blur the operation-level ones. */
interface Caller {
  userId: string | null;
  partnerId: string | null;
}

const pool = (s: TestServer) => makeCustomer(s.db.prisma, { name: `${SECRET} ${Math.random()}`, email: 'secret@matrix.example' });
const mine = (s: TestServer, v: Caller) =>
  makeCustomer(s.db.prisma, { name: `${SECRET} ${Math.random()}`, ownerId: v.partnerId ? null : v.userId, partnerId: v.partnerId });
const id = async (s: TestServer, v: Caller) => (await mine(s, v)).id;
const contactId = async (s: TestServer, v: Caller) => (await makeContact(s.db.prisma, await id(s, v), { name: SECRET })).id;

const othersDealShare = async (s: TestServer) => {
  const stage = (await s.db.prisma.pipelineStage.findFirst()) ?? (await s.db.prisma.pipelineStage.create({ data: { id: newId(), name: 'Matrix stage', position: 1, probability: 10 } }));
  const deal = await makeOpportunity(s.db.prisma, { name: SECRET, customerId: (await pool(s)).id, stageId: stage.id, ownerId: (await makeUser(s.db.prisma)).id });
  return (await s.db.prisma.recordShare.create({ data: { id: newId(), opportunityId: deal.id, departmentId: (await makeDepartment(s.db.prisma)).id } })).id;
};
const matrixRole = (s: TestServer) => s.db.prisma.accessRole.create({ data: { id: newId(), name: `Matrix role ${Math.random()}`, permissions: ['customer:read'] } });

const OPERATIONS: Op[] = [
  // real credentials: a wrong password answers UNAUTHENTICATED, which says nothing about access to the operation
  { name: 'login', rule: PUBLIC, request: async (s) => ({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: (await makeUser(s.db.prisma)).email, p: FACTORY_PASSWORD } }) },
  { name: 'logout', rule: SESSION, request: async () => ({ query: 'mutation { logout }' }) },
  { name: 'me', rule: SIGNED_IN, request: async () => ({ query: '{ me { user { id } permissions } }' }) },
  { name: 'setMyLocale', rule: SIGNED_IN, request: async () => ({ query: 'mutation { setMyLocale(locale: "en") { id } }' }) },
  { name: 'changeMyPassword', rule: SESSION, request: async () => ({ query: 'mutation { changeMyPassword(currentPassword: "wrong-password", newPassword: "another-pass-1") }' }) },
  { name: 'customers', rule: 'customer:read', request: async () => ({ query: '{ customers { totalCount edges { node { name email } } } }' }) },
  { name: 'customer', rule: 'customer:read', request: async (s, v) => ({ query: 'query($id: ID!) { customer(id: $id) { name } }', variables: { id: await id(s, v) } }) },
  { name: 'customerDuplicates', rule: 'customer:read', request: async (s) => (await pool(s), { query: '{ customerDuplicates(email: "secret@matrix.example") { name } }' }) },
  { name: 'industries', rule: 'customer:read', request: async () => ({ query: '{ industries }' }) },
  { name: 'tags', rule: 'customer:read', request: async () => ({ query: '{ tags }' }) },
  { name: 'territories', rule: 'customer:read', request: async () => ({ query: '{ territories { id } }' }) },
  { name: 'createCustomer', rule: 'customer:create', request: async () => ({ query: `mutation { createCustomer(input: { name: "Matrix New ${Math.random()}" }) { id } }` }) },
  { name: 'updateCustomer', rule: 'customer:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { updateCustomer(id: $id, input: { version: 1, tier: KEY }) { name } }', variables: { id: await id(s, v) } }) },
  { name: 'deleteCustomer', rule: 'customer:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { deleteCustomer(id: $id) { name } }', variables: { id: await id(s, v) } }) },
  { name: 'restoreCustomer', rule: 'customer:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { restoreCustomer(id: $id) { name } }', variables: { id: await id(s, v) } }) },
  { name: 'claimCustomer', rule: 'customer:claim', request: async (s) => ({ query: 'mutation($id: ID!) { claimCustomer(id: $id) { name } }', variables: { id: (await pool(s)).id } }) },
  { name: 'releaseCustomer', rule: 'customer:claim', request: async (s, v) => ({ query: 'mutation($id: ID!) { releaseCustomer(id: $id) { name } }', variables: { id: await id(s, v) } }) },
  { name: 'poolStatus', rule: 'customer:claim', request: async () => ({ query: '{ poolStatus { ownedCount claimLimit } }' }) },
  { name: 'poolSettings', rule: SIGNED_IN, request: async () => ({ query: '{ poolSettings { defaultClaimLimit } }' }) },
  { name: 'updatePoolSettings', rule: 'admin:settings', request: async () => ({ query: 'mutation { updatePoolSettings(defaultClaimLimit: 50) { defaultClaimLimit } }' }) },
  { name: 'addCustomerNote', rule: 'customer:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { addCustomerNote(customerId: $id, body: "hi") { body } }', variables: { id: await id(s, v) } }) },
  { name: 'contacts', rule: 'contact:read', request: async () => ({ query: '{ contacts { totalCount edges { node { name } } } }' }) },
  { name: 'contact', rule: 'contact:read', request: async (s, v) => ({ query: 'query($id: ID!) { contact(id: $id) { name } }', variables: { id: await contactId(s, v) } }) },
  { name: 'createContact', rule: 'contact:create', request: async (s, v) => ({ query: 'mutation($id: ID!) { createContact(input: { customerId: $id, name: "N" }) { name } }', variables: { id: await id(s, v) } }) },
  { name: 'updateContact', rule: 'contact:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { updateContact(id: $id, input: { version: 1, title: "T" }) { name } }', variables: { id: await contactId(s, v) } }) },
  { name: 'deleteContact', rule: 'contact:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { deleteContact(id: $id) { name } }', variables: { id: await contactId(s, v) } }) },
  { name: 'restoreContact', rule: 'contact:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { restoreContact(id: $id) { name } }', variables: { id: await contactId(s, v) } }) },
  { name: 'users', rule: 'user:read', request: async () => ({ query: '{ users { totalCount edges { node { email } } } }' }) },
  { name: 'user', rule: 'user:read', request: async (s) => ({ query: 'query($id: ID!) { user(id: $id) { email } }', variables: { id: (await makeUser(s.db.prisma)).id } }) },
  { name: 'departments', rule: 'user:read', request: async () => ({ query: '{ departments { id name } }' }) },
  { name: 'createUser', rule: 'admin:users', request: async () => ({ query: `mutation { createUser(input: { email: "m${Math.random()}@x.local", name: "M", role: SALES_REP, password: "matrix-pass-1" }) { id } }` }) },
  { name: 'updateUser', rule: 'admin:users', request: async (s) => ({ query: 'mutation($id: ID!) { updateUser(id: $id, input: { version: 1, name: "Renamed" }) { id } }', variables: { id: (await makeUser(s.db.prisma)).id } }) },
  { name: 'deactivateUser', rule: 'admin:users', request: async (s) => ({ query: 'mutation($id: ID!) { deactivateUser(id: $id) { id } }', variables: { id: (await makeUser(s.db.prisma)).id } }) },
  { name: 'reactivateUser', rule: 'admin:users', request: async (s) => ({ query: 'mutation($id: ID!) { reactivateUser(id: $id) { id } }', variables: { id: (await makeUser(s.db.prisma)).id } }) },
  { name: 'resetUserPassword', rule: 'admin:users', request: async (s) => ({ query: 'mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "reset-pass-1") { id } }', variables: { id: (await makeUser(s.db.prisma)).id } }) },
  { name: 'createDepartment', rule: 'admin:departments', request: async () => ({ query: 'mutation { createDepartment(input: { name: "Matrix Dept" }) { id } }' }) },
  { name: 'updateDepartment', rule: 'admin:departments', request: async (s) => ({ query: 'mutation($id: ID!) { updateDepartment(id: $id, input: { version: 1, name: "Renamed" }) { id } }', variables: { id: (await makeDepartment(s.db.prisma)).id } }) },
  { name: 'colleagues', rule: 'user:read', request: async () => ({ query: '{ colleagues(search: "a") { id name } }' }) },
  { name: 'roles', rule: 'user:read', request: async () => ({ query: '{ roles { id name permissions } }' }) },
  { name: 'permissionCatalog', rule: 'admin:users', request: async () => ({ query: '{ permissionCatalog { module actions } }' }) },
  { name: 'createRole', rule: 'admin:users', request: async () => ({ query: 'mutation($n: String!) { createRole(input: { name: $n, permissions: ["customer:read"] }) { id } }', variables: { n: `Matrix role ${Math.random()}` } }) },
  { name: 'updateRole', rule: 'admin:users', request: async (s) => ({ query: 'mutation($id: ID!) { updateRole(id: $id, input: { version: 1, permissions: ["customer:read", "contact:read"] }) { id } }', variables: { id: (await matrixRole(s)).id } }) },
  { name: 'deleteRole', rule: 'admin:users', request: async (s) => ({ query: 'mutation($id: ID!) { deleteRole(id: $id) }', variables: { id: (await matrixRole(s)).id } }) },
  { name: 'shareCustomer', rule: 'customer:update', request: async (s, v) => ({ query: 'mutation($input: ShareRecordInput!) { shareCustomer(input: $input) { id } }', variables: { input: { recordId: await id(s, v), departmentId: (await makeDepartment(s.db.prisma)).id } } }) },
  // a share of someone else's deal: NOT_FOUND for all but admins (who may revoke it); who may revoke what is share.int.test.ts's
  { name: 'revokeShare', rule: SIGNED_IN, request: async (s) => ({ query: 'mutation($id: ID!) { revokeShare(id: $id) }', variables: { id: await othersDealShare(s) } }) },
  { name: 'deleteDepartment', rule: 'admin:departments', request: async (s) => ({ query: 'mutation($id: ID!) { deleteDepartment(id: $id) }', variables: { id: (await makeDepartment(s.db.prisma)).id } }) },
  { name: 'auditLog', rule: 'audit:read', request: async () => ({ query: '{ auditLog { totalCount edges { node { entity changes { to } } } } }' }) },
  { name: 'auditEntities', rule: 'audit:read', request: async () => ({ query: '{ auditEntities }' }) },
  ...SALES_OPERATIONS,
  ...ANALYTICS_OPERATIONS,
  ...LEAD_OPERATIONS,
  ...TARGET_OPERATIONS,
  ...ACTIVITY_OPERATIONS,
  ...COMMISSION_OPERATIONS,
  ...QUOTE_OPERATIONS,
  ...CONTRACT_OPERATIONS,
  ...PRODUCT_OPERATIONS,
  ...TERRITORY_OPERATIONS,
  ...API_KEY_OPERATIONS,
  ...JOB_OPERATIONS,
  ...WEBHOOK_OPERATIONS,
  ...IMPORT_OPERATIONS,
  { name: 'mySessions', rule: SESSION, request: async () => ({ query: '{ mySessions { id current } }' }) },
  {
    name: 'revokeMySession',
    rule: SESSION,
    // a second session of the caller's own, so the one the matrix uses stays signed in
    request: async (s, v) => {
      const id = crypto.randomUUID();
      if (v.userId) await s.db.prisma.session.create({ data: { id, tokenHash: id, userId: v.userId, expiresAt: new Date(Date.now() + 3_600_000) } });
      return { query: 'mutation($id: ID!) { revokeMySession(id: $id) }', variables: { id } };
    },
  },
  // keep last: it ends every session of each role, which later operations would need
  { name: 'signOutEverywhere', rule: SESSION, request: async () => ({ query: 'mutation { signOutEverywhere }' }) },
];

/** SESSION operations are every signed-in role's (these sign in with a password; API keys are api-key.int.test.ts's). */
const denied = (rule: string, who: Who) => who === 'ANONYMOUS' ? rule !== PUBLIC : rule !== PUBLIC && rule !== SIGNED_IN && rule !== SESSION && !hasPermission(who, rule);

describe('access matrix: roles × operations', () => {
  let server: TestServer;
  const tokens = new Map<Who, string | null>();
  const callers = new Map<Who, Caller>();

  beforeAll(async () => {
    server = await startTestServer();
    const dept = await makeDepartment(server.db.prisma);
    const partner = await server.db.prisma.partner.create({ data: { id: crypto.randomUUID(), name: 'Matrix Partner' } });
    tokens.set('ANONYMOUS', null);
    callers.set('ANONYMOUS', { userId: null, partnerId: null });
    for (const role of ROLES.filter((r): r is Role => r !== 'ANONYMOUS')) {
      const extra = role === 'PARTNER' ? { partnerId: partner.id } : { departmentId: dept.id };
      const user = await server.signIn(role, extra);
      tokens.set(role, user.token);
      callers.set(role, { userId: user.id, partnerId: role === 'PARTNER' ? partner.id : null });
    }
  });
  afterAll(() => server.close());

  it('covers every Query and Mutation of the schema', async () => {
    const schema = await getSchema();
    const all = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(OPERATIONS.map((o) => o.name).sort()).toEqual(all);
  });

  for (const op of OPERATIONS) {
    it(`${op.name} (${op.rule})`, async () => {
      const outcomes: string[] = [];
      for (const who of ROLES) {
        // every role signs in again for logout, so later operations keep a live session
        const token = op.name === 'logout' && who !== 'ANONYMOUS' ? (await server.signIn(who as Role)).token : tokens.get(who)!;
        const { query, variables } = await op.request(server, callers.get(who)!);
        const res: GqlResult = await server.gql(query, variables, token);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (denied(op.rule, who)) {
          const expected = who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (codes[0] !== expected) outcomes.push(`${who}: expected ${expected}, got ${JSON.stringify(res)}`);
          if (JSON.stringify(res).includes(SECRET)) outcomes.push(`${who}: denied answer leaks data`);
          if (res.data && Object.values(res.data).some((v) => v !== null)) outcomes.push(`${who}: denied answer has data`);
        } else if (codes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')) {
          outcomes.push(`${who}: expected to be allowed, got ${JSON.stringify(res.errors)}`);
        }
      }
      expect(outcomes).toEqual([]);
    });
  }
});

import { startTestServer, type GqlResult, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer } from '../../../seed/factories.ts';

const CREATE = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }';
const SECRET = 'KEY-MATRIX-SECRET-客户';

const code = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
/** A denied answer: the code, and neither data nor the secret in it. */
const refusal = (res: GqlResult) => ({
  code: code(res),
  data: res.data ? Object.values(res.data).filter((v) => v !== null) : [],
  leaks: JSON.stringify(res).includes(SECRET),
});

/** An API key goes through the same rules as its owner's session, narrowed to its scopes (SPEC §5). */
describe('what an API key may do', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let customerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
    customerId = (await makeCustomer(server.db.prisma, { name: `${SECRET} customer`, ownerId: admin.id })).id;
    await makeContact(server.db.prisma, customerId, { name: `${SECRET} contact` });
  });
  afterAll(() => server.close());

  async function createKey(token: string, scopes: string[]): Promise<string> {
    const res = await server.gql(CREATE, { input: { name: 'Test key', scopes } }, token);
    if (!res.data?.createApiKey) throw new Error(JSON.stringify(res.errors));
    return res.data.createApiKey.key;
  }

  it('a customer:read key of an admin reads customers and is FORBIDDEN, with no data, everywhere else', async () => {
    const key = await createKey(admin.token, ['customer:read']);
    const allowed = await server.gql('{ customers { totalCount edges { node { name } } } }', {}, key);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.customers.totalCount).toBeGreaterThan(0);

    // operations of other modules, each one the admin may do with a session
    const others: [string, Record<string, unknown>?][] = [
      ['{ contacts { totalCount edges { node { name } } } }'],
      ['mutation($id: ID!) { updateCustomer(id: $id, input: { version: 1, name: "Renamed by key" }) { name } }', { id: customerId }],
      ['mutation($id: ID!) { deleteCustomer(id: $id) { name } }', { id: customerId }],
      ['mutation { createCustomer(input: { name: "By key" }) { id } }'],
      ['{ opportunities { totalCount } }'],
      ['{ leads { totalCount } }'],
      ['{ contracts { totalCount } }'],
      ['{ products { totalCount } }'],
      ['{ users { totalCount edges { node { email } } } }'],
      ['mutation { createUser(input: { email: "key-made@test.local", name: "K", role: ADMIN, password: "key-made-pass-1" }) { id } }'],
      ['{ auditLog { totalCount edges { node { entity changes { to } } } } }'],
      ['{ apiKeys { totalCount } }'],
      ['{ roles { id } }'],
    ];
    const outcomes = [];
    for (const [query, variables] of others) outcomes.push({ query, ...refusal(await server.gql(query, variables, key)) });
    expect(outcomes.filter((o) => o.code !== 'FORBIDDEN' || o.data.length > 0 || o.leaks)).toEqual([]);
    expect(await server.db.prisma.user.count({ where: { email: 'key-made@test.local' } })).toBe(0);
    expect((await server.db.prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).deletedAt).toBeNull();
  });

  it('refuses the account’s own operations to an API key, whatever its scopes', async () => {
    const key = await createKey(admin.token, ['customer:read', 'admin:users']);
    const session = (await server.db.prisma.session.findFirstOrThrow({ where: { userId: admin.id } })).id;
    const account: [string, Record<string, unknown>?][] = [
      ['mutation { changeMyPassword(currentPassword: "factory-pass-1", newPassword: "stolen-key-pass-1") }'],
      ['mutation { signOutEverywhere }'],
      ['mutation($id: ID!) { revokeMySession(id: $id) }', { id: session }],
      ['{ mySessions { id ip } }'],
      ['mutation { createApiKey(input: { name: "Another", scopes: ["customer:read"] }) { key } }'],
      ['mutation { logout }'],
    ];
    const outcomes = [];
    for (const [query, variables] of account) outcomes.push({ query, ...refusal(await server.gql(query, variables, key)) });
    expect(outcomes.filter((o) => o.code !== 'FORBIDDEN' || o.data.length > 0)).toEqual([]);
    // nothing happened: the admin's session still works, with the old password
    expect((await server.gql('{ me { user { id } } }', {}, admin.token)).errors).toBeUndefined();
    expect(await server.db.prisma.apiKey.count({ where: { userId: admin.id, name: 'Another' } })).toBe(0);
    // what the key's scopes allow still works
    expect((await server.gql('{ apiKeys { totalCount } }', {}, key)).errors).toBeUndefined();
    expect((await server.gql('{ myApiKeys { id } }', {}, key)).errors).toBeUndefined();
  });

  it('narrowing the owner’s role narrows the key on its next request, and widening it gives back only the key’s scopes', async () => {
    const ROLE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id version } }';
    const UPDATE = 'mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { version } }';
    const role = (await server.gql(ROLE, { input: { name: 'Key owners', permissions: ['customer:read', 'contact:read', 'user:read'] } }, admin.token)).data!.createRole;
    const owner = await server.signIn('SALES_REP');
    await server.db.prisma.user.update({ where: { id: owner.id }, data: { accessRoleId: role.id } });
    await makeCustomer(server.db.prisma, { name: 'Owner’s customer', ownerId: owner.id });
    const key = await createKey(owner.token, ['customer:read', 'contact:read']);
    const contacts = '{ contacts { totalCount } }';
    const permissions = async () => (await server.gql('{ me { permissions } }', {}, key)).data!.me.permissions;

    expect((await server.gql(contacts, {}, key)).errors).toBeUndefined();
    expect((await permissions()).sort()).toEqual(['contact:read', 'customer:read']);

    const narrowed = await server.gql(UPDATE, { id: role.id, input: { version: role.version, permissions: ['customer:read', 'user:read'] } }, admin.token);
    expect(narrowed.errors).toBeUndefined();
    expect(code(await server.gql(contacts, {}, key))).toBe('FORBIDDEN');
    expect(await permissions()).toEqual(['customer:read']);
    expect((await server.gql('{ customers { totalCount } }', {}, key)).data!.customers.totalCount).toBe(1);

    await server.gql(UPDATE, { id: role.id, input: { version: narrowed.data!.updateRole.version, permissions: ['customer:read', 'contact:read', 'user:read', 'customer:create'] } }, admin.token);
    expect((await permissions()).sort()).toEqual(['contact:read', 'customer:read']);
    expect(code(await server.gql('mutation { createCustomer(input: { name: "Not by key" }) { id } }', {}, key))).toBe('FORBIDDEN');
  });
});

import { createHash } from 'node:crypto';
import { startTestServer, type GqlResult, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';

const CREATE = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix scopes expiresAt revokedAt lastUsedAt createdAt status owner { id } } } }';
const MINE = '{ myApiKeys { id name prefix scopes expiresAt revokedAt lastUsedAt status } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id status revokedAt } }';
const ALL = 'query($first: Int, $after: String) { apiKeys(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name status owner { id name } } } } }';
const CUSTOMERS = '{ customers(first: 100) { totalCount edges { node { id name } } } }';
const DAY = 86_400_000;

const code = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** API keys (SPEC §5): shown once, stored hashed, scoped within the owner's permissions, expiring, revocable; a key acts as its owner. */
describe('API keys through the API', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let rep: { id: string; token: string };
  let otherRep: { id: string; token: string };
  let othersCustomer: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
    rep = await server.signIn('SALES_REP');
    otherRep = await server.signIn('SALES_REP');
    await makeCustomer(server.db.prisma, { name: 'Rep’s own', ownerId: rep.id });
    await makeCustomer(server.db.prisma, { name: 'In the pool' });
    othersCustomer = (await makeCustomer(server.db.prisma, { name: 'Another rep’s', ownerId: otherRep.id })).id;
  });
  afterAll(() => server.close());

  async function createKey(token: string, input: Record<string, unknown>) {
    const res = await server.gql(CREATE, { input }, token);
    if (!res.data?.createApiKey) throw new Error(JSON.stringify(res.errors));
    return res.data.createApiKey as { key: string; apiKey: { id: string; prefix: string; [k: string]: unknown } };
  }

  it('shows the key once, stores only its hash, and lists it without it', async () => {
    const before = Date.now();
    const { key, apiKey } = await createKey(rep.token, { name: ' Nightly export ', scopes: ['customer:read', 'contact:read', 'customer:read'] });
    expect(key).toMatch(/^pk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Nightly export', prefix: key.slice(0, 11), scopes: ['contact:read', 'customer:read'], status: 'ACTIVE', revokedAt: null, lastUsedAt: null, owner: { id: rep.id } });
    const expires = new Date(apiKey.expiresAt as string).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 90 * DAY);
    expect(expires).toBeLessThan(Date.now() + 90 * DAY + 1000);

    const row = await server.db.prisma.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.keyHash).toBe(sha256(key));
    expect(JSON.stringify(row)).not.toContain(key.slice(11));

    const mine = await server.gql(MINE, {}, rep.token);
    expect(mine.data!.myApiKeys[0]).toMatchObject({ id: apiKey.id, prefix: key.slice(0, 11), status: 'ACTIVE' });
    expect(JSON.stringify(mine)).not.toContain(key.slice(11));
    expect((await server.gql('{ myApiKeys { id } }', {}, otherRep.token)).data!.myApiKeys).toEqual([]);
    // the type has no field for the key or its hash
    expect(code(await server.gql('{ myApiKeys { keyHash } }', {}, rep.token))).toBe('GRAPHQL_VALIDATION_FAILED');

    const audit = await server.gql('query($id: ID!) { auditLog(filter: { entity: "ApiKey", entityId: $id }) { edges { node { action actor { id } changes { field to } } } } }', { id: apiKey.id }, admin.token);
    const entry = audit.data!.auditLog.edges[0].node;
    expect(entry).toMatchObject({ action: 'CREATED', actor: { id: rep.id } });
    expect(entry.changes).toContainEqual({ field: 'scopes', to: 'contact:read, customer:read' });
    expect(JSON.stringify(entry)).not.toContain(key.slice(11));
  });

  it('acts as the owner: the same records, NOT_FOUND for another rep’s, FORBIDDEN outside its scopes', async () => {
    const { key } = await createKey(rep.token, { name: 'Reader', scopes: ['customer:read'] });
    const asKey = await server.gql(CUSTOMERS, {}, key);
    const asRep = await server.gql(CUSTOMERS, {}, rep.token);
    expect(asKey.errors).toBeUndefined();
    expect(asKey.data).toEqual(asRep.data);
    expect(asKey.data!.customers.edges.map((e: any) => e.node.name).sort()).toEqual(['In the pool', 'Rep’s own']);

    const other = await server.gql('query($id: ID!) { customer(id: $id) { name } }', { id: othersCustomer }, key);
    expect(code(other)).toBe('NOT_FOUND');
    expect(JSON.stringify(other)).not.toContain('Another rep’s');

    // the rep may create customers; the key may not
    const create = await server.gql('mutation { createCustomer(input: { name: "Made by a key" }) { id } }', {}, key);
    expect(code(create)).toBe('FORBIDDEN');
    expect(create.data).toBeNull();
    expect(await server.db.prisma.customer.count({ where: { name: 'Made by a key' } })).toBe(0);

    const me = await server.gql('{ me { user { id } permissions } }', {}, key);
    expect(me.data!.me).toEqual({ user: { id: rep.id }, permissions: ['customer:read'] });
  });

  it('answers UNAUTHENTICATED for expired, revoked, unknown keys and keys of inactive users, and never reads a key from the cookie', async () => {
    const expired = await createKey(rep.token, { name: 'Expired', scopes: ['customer:read'] });
    await server.db.prisma.apiKey.update({ where: { id: expired.apiKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(code(await server.gql(CUSTOMERS, {}, expired.key))).toBe('UNAUTHENTICATED');
    expect((await server.gql(MINE, {}, rep.token)).data!.myApiKeys.find((k: any) => k.id === expired.apiKey.id).status).toBe('EXPIRED');

    const revoked = await createKey(rep.token, { name: 'Revoked', scopes: ['customer:read'] });
    expect((await server.gql(CUSTOMERS, {}, revoked.key)).errors).toBeUndefined();
    expect((await server.gql(REVOKE, { id: revoked.apiKey.id }, rep.token)).data!.revokeApiKey.status).toBe('REVOKED');
    const refused = await server.gql(CUSTOMERS, {}, revoked.key);
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(refused.data).toBeNull();

    expect(code(await server.gql(CUSTOMERS, {}, `pk_${'x'.repeat(43)}`))).toBe('UNAUTHENTICATED');

    const leaver = await server.signIn('SALES_REP');
    const leaversKey = await createKey(leaver.token, { name: 'Leaver', scopes: ['customer:read'] });
    expect((await server.gql(CUSTOMERS, {}, leaversKey.key)).errors).toBeUndefined();
    expect((await server.gql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: leaver.id }, admin.token)).errors).toBeUndefined();
    expect(code(await server.gql(CUSTOMERS, {}, leaversKey.key))).toBe('UNAUTHENTICATED');
    // the admin list says why the key is refused, and reactivating the owner brings it back
    const statusOf = async () => (await server.gql(ALL, { first: 100 }, admin.token)).data!.apiKeys.edges.find((e: any) => e.node.id === leaversKey.apiKey.id).node.status;
    expect(await statusOf()).toBe('OWNER_INACTIVE');
    expect((await server.gql('mutation($id: ID!) { reactivateUser(id: $id) { id } }', { id: leaver.id }, admin.token)).errors).toBeUndefined();
    expect(await statusOf()).toBe('ACTIVE');
    expect((await server.gql(CUSTOMERS, {}, leaversKey.key)).errors).toBeUndefined();

    const live = await createKey(rep.token, { name: 'In a cookie', scopes: ['customer:read'] });
    const viaCookie = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `panorama_session=${live.key}` },
      body: JSON.stringify({ query: CUSTOMERS }),
    });
    expect(code((await viaCookie.json()) as GqlResult)).toBe('UNAUTHENTICATED');
  });

  it('refuses scopes the owner lacks and bad names or expiries, naming each field, and stores nothing', async () => {
    const count = () => server.db.prisma.apiKey.count({ where: { userId: rep.id } });
    const before = await count();
    const scopes = await server.gql(CREATE, { input: { name: 'Too wide', scopes: ['customer:read', 'customer:delete', 'admin:users', 'nothing'] } }, rep.token);
    expect(code(scopes)).toBe('BAD_USER_INPUT');
    expect(scopes.errors![0].extensions!.fields).toEqual([
      { field: 'input.scopes[1]', message: 'customer:delete is not one of your permissions' },
      { field: 'input.scopes[2]', message: 'admin:users is not one of your permissions' },
      { field: 'input.scopes[3]', message: 'nothing is not one of your permissions' },
    ]);
    const fields = async (input: Record<string, unknown>) =>
      ((await server.gql(CREATE, { input: { name: 'K', scopes: ['customer:read'], ...input } }, rep.token)).errors?.[0].extensions?.fields ?? []).map((f) => f.field);
    expect(await fields({ scopes: [] })).toEqual(['input.scopes']);
    expect(await fields({ name: '  ' })).toEqual(['input.name']);
    expect(await fields({ name: 'x'.repeat(101) })).toEqual(['input.name']);
    expect(await fields({ expiresAt: new Date(Date.now() - 60_000).toISOString() })).toEqual(['input.expiresAt']);
    expect(await fields({ expiresAt: new Date(Date.now() + 400 * DAY).toISOString() })).toEqual(['input.expiresAt']);
    expect(await count()).toBe(before);

    const yearly = await createKey(rep.token, { name: 'A year', scopes: ['customer:read'], expiresAt: new Date(Date.now() + 365 * DAY).toISOString() });
    expect(yearly.apiKey.status).toBe('ACTIVE');
  });

  it('revokes the owner’s key idempotently, answers NOT_FOUND for another user’s, and lets admins list and revoke every key', async () => {
    const { key, apiKey } = await createKey(rep.token, { name: 'To revoke', scopes: ['customer:read'] });
    const theirs = await server.gql(REVOKE, { id: apiKey.id }, otherRep.token);
    expect(code(theirs)).toBe('NOT_FOUND');
    expect(theirs.data).toBeNull();
    expect((await server.gql(CUSTOMERS, {}, key)).errors).toBeUndefined();
    expect(code(await server.gql(REVOKE, { id: 'not-an-id' }, rep.token))).toBe('BAD_USER_INPUT');

    const first = (await server.gql(REVOKE, { id: apiKey.id }, rep.token)).data!.revokeApiKey;
    const second = await server.gql(REVOKE, { id: apiKey.id }, rep.token);
    expect(second.errors).toBeUndefined();
    expect(second.data!.revokeApiKey).toEqual(first);
    const audit = await server.gql('query($id: ID!) { auditLog(filter: { entity: "ApiKey", entityId: $id }) { edges { node { action } } } }', { id: apiKey.id }, admin.token);
    expect(audit.data!.auditLog.edges.map((e: any) => e.node.action)).toEqual(['REVOKED', 'CREATED']);

    const others = await createKey(otherRep.token, { name: 'Other rep’s key', scopes: ['customer:read'] });
    expect(code(await server.gql(ALL, {}, rep.token))).toBe('FORBIDDEN');
    const all = await server.gql(ALL, { first: 100 }, admin.token);
    expect(all.errors).toBeUndefined();
    const total = await server.db.prisma.apiKey.count();
    expect(all.data!.apiKeys.totalCount).toBe(total);
    expect(all.data!.apiKeys.edges[0].node).toMatchObject({ id: others.apiKey.id, owner: { id: otherRep.id } });
    expect(all.data!.apiKeys.edges.map((e: any) => e.node.owner.id)).toEqual(expect.arrayContaining([rep.id, otherRep.id]));
    // pages walk the same list
    const page1 = (await server.gql(ALL, { first: 2 }, admin.token)).data!.apiKeys;
    const page2 = (await server.gql(ALL, { first: 2, after: page1.pageInfo.endCursor }, admin.token)).data!.apiKeys;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.id)).toEqual(all.data!.apiKeys.edges.slice(0, 4).map((e: any) => e.node.id));

    const byAdmin = await server.gql(REVOKE, { id: others.apiKey.id }, admin.token);
    expect(byAdmin.data!.revokeApiKey.status).toBe('REVOKED');
    expect(code(await server.gql(CUSTOMERS, {}, others.key))).toBe('UNAUTHENTICATED');
  });

  it('admin:users in a staff role reaches only the keys its scope sees (its own), in lists and revokes alike', async () => {
    const role = await server.gql('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
      input: { name: 'User desk', permissions: ['user:read', 'admin:users', 'customer:read'] },
    }, admin.token);
    const desk = await server.signIn('SALES_REP');
    await server.db.prisma.user.update({ where: { id: desk.id }, data: { accessRoleId: role.data!.createRole.id } });
    const own = await createKey(desk.token, { name: 'Desk key', scopes: ['customer:read'] });
    const others = await createKey(rep.token, { name: 'Not the desk’s', scopes: ['customer:read'] });

    const listed = await server.gql(ALL, { first: 100 }, desk.token);
    expect(listed.data!.apiKeys).toMatchObject({ totalCount: 1, edges: [{ node: { id: own.apiKey.id } }] });
    expect(code(await server.gql(REVOKE, { id: others.apiKey.id }, desk.token))).toBe('NOT_FOUND');
    expect((await server.gql(CUSTOMERS, {}, others.key)).errors).toBeUndefined();
  });

  it('holds at most 20 live keys per user, counting neither revoked nor expired ones', async () => {
    const collector = await server.signIn('SALES_REP');
    const made = [];
    for (let i = 0; i < 20; i++) made.push(await createKey(collector.token, { name: `Key ${i}`, scopes: ['customer:read'] }));
    const refused = await server.gql(CREATE, { input: { name: 'One too many', scopes: ['customer:read'] } }, collector.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'KEY_LIMIT', limit: 20 });
    expect(await server.db.prisma.apiKey.count({ where: { userId: collector.id } })).toBe(20);
    await server.gql(REVOKE, { id: made[0]!.apiKey.id }, collector.token);
    await server.db.prisma.apiKey.update({ where: { id: made[1]!.apiKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await createKey(collector.token, { name: 'After revoking one', scopes: ['customer:read'] });
    await createKey(collector.token, { name: 'After one expired', scopes: ['customer:read'] });
    expect(code(await server.gql(CREATE, { input: { name: 'Full again', scopes: ['customer:read'] } }, collector.token))).toBe('CONFLICT');
  });

  it('records the last use at most once a minute', async () => {
    const { key, apiKey } = await createKey(rep.token, { name: 'Busy', scopes: ['customer:read'] });
    const lastUsed = async () => (await server.db.prisma.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt;
    await server.gql('{ me { user { id } } }', {}, key);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await server.gql('{ me { user { id } } }', {}, key);
    expect(await lastUsed()).toEqual(first);
    await server.db.prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await server.gql('{ me { user { id } } }', {}, key);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });
});

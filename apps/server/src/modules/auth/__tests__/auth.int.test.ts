import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { FACTORY_PASSWORD, makeUser } from '../../../seed/factories.ts';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role } } }';
const ME = '{ me { user { email } permissions } }';

describe('sign-in, sessions and lockout', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('signs in with email and password, case-insensitively, and tells who you are', async () => {
    const user = await makeUser(server.db.prisma, { role: 'SALES_REP', email: 'li.na@test.local' });
    const res = await server.gql(LOGIN, { e: ' LI.NA@test.local ', p: FACTORY_PASSWORD });
    expect(res.errors).toBeUndefined();
    const token = res.data!.login.token;
    const me = await server.gql(ME, {}, token);
    expect(me.data!.me.user.email).toBe(user.email);
    expect(me.data!.me.permissions).toContain('customer:create');
    expect(me.data!.me.permissions).not.toContain('admin:users');
    const stored = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('does not tell a wrong password from an unknown email', async () => {
    await makeUser(server.db.prisma, { email: 'known@test.local' });
    const wrong = await server.gql(LOGIN, { e: 'known@test.local', p: 'wrong-password' });
    const unknown = await server.gql(LOGIN, { e: 'nobody@test.local', p: 'wrong-password' });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('revokes the session on logout', async () => {
    const { token } = await server.signIn('SALES_REP');
    expect((await server.gql(ME, {}, token)).data).toBeTruthy();
    expect((await server.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    const after = await server.gql(ME, {}, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.data).toBeNull();
  });

  it('locks the account for 15 minutes after 10 wrong passwords, even for the right one', async () => {
    const user = await makeUser(server.db.prisma, { email: 'locked@test.local' });
    for (let i = 0; i < 10; i++) await server.gql(LOGIN, { e: user.email, p: 'wrong-password' });
    const locked = await server.gql(LOGIN, { e: user.email, p: FACTORY_PASSWORD });
    expect(locked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const minutes = (row.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // once the lock has passed, the right password works again
    await server.db.prisma.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await server.gql(LOGIN, { e: user.email, p: FACTORY_PASSWORD })).errors).toBeUndefined();
  });

  it('accepts the session cookie from the web app', async () => {
    const user = await makeUser(server.db.prisma);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { e: user.email, p: FACTORY_PASSWORD } }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/panorama_session=.+; .*HttpOnly/i);
    const me = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await me.json()) as any).data.me.user.email).toBe(user.email);
  });

  it('refuses a cross-site simple request (CSRF) even with the cookie', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(ME)}`, { headers: { cookie: 'panorama_session=x' } });
    expect(res.status).toBe(400);
  });
});

import { startTestServer, withoutRequestIds, type TestServer } from '../../../test-support/test-server.ts';
import { FACTORY_PASSWORD, makeUser } from '../../../seed/factories.ts';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role } } }';
const ME = '{ me { user { email } permissions } }';

describe('sign-in, sessions and lockout', () => {
  let server: TestServer;
  beforeAll(async () => {
    // the rate limits have their own tests (sign-in-limits.int.test.ts): here they stay out of the way
    server = await startTestServer({ SIGNIN_LIMIT_PER_IP: '1000', SIGNIN_LIMIT_PER_ACCOUNT: '1000' });
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
    expect(withoutRequestIds(unknown)).toEqual(withoutRequestIds(wrong)); // message, extensions and all
  });

  it('revokes the session on logout', async () => {
    const { token } = await server.signIn('SALES_REP');
    expect((await server.gql(ME, {}, token)).data).toBeTruthy();
    expect((await server.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    const after = await server.gql(ME, {}, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.data).toBeNull();
  });

  it('locks the account for 15 minutes after 10 wrong passwords, and then answers like an unknown email', async () => {
    const user = await makeUser(server.db.prisma, { email: 'locked@test.local' });
    for (let i = 0; i < 10; i++) await server.gql(LOGIN, { e: user.email, p: 'wrong-password' });
    const locked = await server.gql(LOGIN, { e: user.email, p: FACTORY_PASSWORD });
    const unknown = await server.gql(LOGIN, { e: 'nobody-at-all@test.local', p: FACTORY_PASSWORD });
    expect(locked.errors?.[0]).toMatchObject({ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(withoutRequestIds(locked)).toEqual(withoutRequestIds(unknown));
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const minutes = (row.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const audit = await server.db.prisma.auditLog.findMany({ where: { entityId: user.id, action: 'LOCKED' } });
    expect(audit).toHaveLength(1);
    // once the lock has passed, the right password works again
    await server.db.prisma.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await server.gql(LOGIN, { e: user.email, p: FACTORY_PASSWORD })).errors).toBeUndefined();
  });

  it('locks the account when wrong passwords arrive all at once (no lost updates of the failure count)', async () => {
    const user = await makeUser(server.db.prisma, { email: 'burst@test.local' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => server.gql(LOGIN, { e: user.email, p: 'wrong-password' })));
    expect(answers.every((a) => a.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    // the right password is now refused exactly like a wrong one and like an unknown email
    const right = await server.gql(LOGIN, { e: user.email, p: FACTORY_PASSWORD });
    const wrong = await server.gql(LOGIN, { e: user.email, p: 'wrong-password' });
    const unknown = await server.gql(LOGIN, { e: 'burst-nobody@test.local', p: FACTORY_PASSWORD });
    expect(right.errors?.[0]).toMatchObject({ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(withoutRequestIds(right)).toEqual(withoutRequestIds(unknown));
    expect(withoutRequestIds(wrong)).toEqual(withoutRequestIds(unknown));
    expect(await server.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('answers an inactive account like an unknown email', async () => {
    const user = await makeUser(server.db.prisma, { email: 'gone@test.local' });
    await server.db.prisma.user.update({ where: { id: user.id }, data: { active: false } });
    const inactive = await server.gql(LOGIN, { e: user.email, p: FACTORY_PASSWORD });
    const unknown = await server.gql(LOGIN, { e: 'gone-nobody@test.local', p: FACTORY_PASSWORD });
    expect(withoutRequestIds(inactive)).toEqual(withoutRequestIds(unknown));
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

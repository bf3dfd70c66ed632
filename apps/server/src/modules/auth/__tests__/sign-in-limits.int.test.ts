import { startTestServer, withoutRequestIds, type GqlResult, type TestServer } from '../../../test-support/test-server.ts';
import { FACTORY_PASSWORD, makeUser } from '../../../seed/factories.ts';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const PER_IP = 5;
const PER_ACCOUNT = 3;

describe('sign-in rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    // production mode: the answers exactly as clients get them (no stack traces)
    server = await startTestServer({ NODE_ENV: 'production', SIGNIN_LIMIT_PER_IP: String(PER_IP), SIGNIN_LIMIT_PER_ACCOUNT: String(PER_ACCOUNT), SIGNIN_LIMIT_WINDOW_MINUTES: '10' });
  });
  afterAll(() => server.close());

  /** A sign-in from a client address of our choosing: the test server trusts X-Forwarded-For from loopback, as behind a local proxy. */
  async function login(email: string, password: string, ip: string): Promise<GqlResult> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
    });
    return { ...((await res.json()) as GqlResult), status: res.status };
  }

  /** The answer without the seconds to wait, which tick on between two requests. */
  const shape = (res: GqlResult) => {
    const { retryAfterSeconds, requestId: _requestId, ...extensions } = res.errors?.[0].extensions ?? {};
    return { data: res.data, message: res.errors?.[0].message, extensions, waits: typeof retryAfterSeconds };
  };

  it('limits attempts per email alike for an existing and an unknown account', async () => {
    const user = await makeUser(server.db.prisma, { email: 'limited@test.local' });
    const existing: GqlResult[] = [];
    const unknown: GqlResult[] = [];
    for (let i = 0; i <= PER_ACCOUNT; i++) {
      existing.push(await login(user.email, 'wrong-password', `10.1.0.${i}`));
      unknown.push(await login('no-such-user@test.local', 'wrong-password', `10.2.0.${i}`));
    }
    for (let i = 0; i < PER_ACCOUNT; i++) {
      expect(existing[i].errors?.[0]).toMatchObject({ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } });
      expect(withoutRequestIds(existing[i]!)).toEqual(withoutRequestIds(unknown[i]!));
    }
    const limited = existing[PER_ACCOUNT];
    expect(limited.errors?.[0]).toMatchObject({ message: 'Too many sign-in attempts; try again later', extensions: { code: 'RATE_LIMITED' } });
    expect(Object.keys(limited.errors![0].extensions!).sort()).toEqual(['code', 'requestId', 'retryAfterSeconds']);
    const wait = limited.errors![0].extensions!.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(600);
    expect(shape(limited)).toEqual(shape(unknown[PER_ACCOUNT]));
    expect(Math.abs(wait - (unknown[PER_ACCOUNT].errors![0].extensions!.retryAfterSeconds as number))).toBeLessThanOrEqual(1);

    // the right password does not get through either, from anywhere, and the email's case does not matter
    const right = await login(' LIMITED@test.local', FACTORY_PASSWORD, '10.3.0.1');
    expect(shape(right)).toEqual(shape(limited));
    expect(await server.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('limits attempts per client address, whatever the emails', async () => {
    for (let i = 0; i < PER_IP; i++) {
      const res = await login(`guess${i}@test.local`, 'wrong-password', '10.4.0.1');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await login('guess-next@test.local', 'wrong-password', '10.4.0.1');
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    // another client is not affected
    expect((await login('guess-next@test.local', 'wrong-password', '10.4.0.2')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts only failures: an office behind one address can sign in many times', async () => {
    const users = await Promise.all(Array.from({ length: PER_IP * 2 }, () => makeUser(server.db.prisma)));
    for (const user of users) {
      const res = await login(user.email, FACTORY_PASSWORD, '10.5.0.1');
      expect(res.errors).toBeUndefined();
    }
    const again = await login(users[0].email, FACTORY_PASSWORD, '10.5.0.1');
    expect(again.errors).toBeUndefined();
  });

  it('starts counting again in the next window and prunes the old one, storing neither addresses nor emails', async () => {
    for (let i = 0; i <= PER_IP; i++) await login(`window${i}@test.local`, 'wrong-password', '10.6.0.1');
    expect((await login('window@test.local', 'wrong-password', '10.6.0.1')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const keys = await server.db.prisma.signInLimit.findMany({ select: { key: true } });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => /^(ip|email):[0-9a-f]{64}$/.test(k.key))).toBe(true);

    // the window ends: every count moves an hour back
    await server.db.prisma.$executeRaw`UPDATE "SignInLimit" SET "windowStart" = "windowStart" - interval '1 hour'`;
    expect((await login('window@test.local', 'wrong-password', '10.6.0.1')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const old = await server.db.prisma.signInLimit.count({ where: { windowStart: { lt: new Date(Date.now() - 30 * 60_000) } } });
    expect(old).toBe(0);
  });
});

import { startTestServer, type GqlResult, type TestServer } from '../../../test-support/test-server.ts';
import { FACTORY_PASSWORD, makeUser } from '../../../seed/factories.ts';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ME = '{ me { user { email } } }';
const SESSIONS = '{ mySessions { id createdAt lastSeenAt expiresAt userAgent ip current } }';
const REVOKE = 'mutation($id: ID!) { revokeMySession(id: $id) }';

describe('where am I signed in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** Signs in as a browser with this User-Agent; returns the token. */
  async function signInAs(email: string, userAgent: string, password = FACTORY_PASSWORD): Promise<string> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
    });
    const body = (await res.json()) as GqlResult<{ login: { token: string } }>;
    if (!body.data?.login) throw new Error(JSON.stringify(body.errors));
    return body.data.login.token;
  }

  const signedIn = async (token: string) => (await server.gql(ME, {}, token)).errors === undefined;

  async function twoDevices() {
    const user = await makeUser(server.db.prisma);
    const laptop = await signInAs(user.email, 'Laptop Browser');
    const phone = await signInAs(user.email, 'Phone Browser');
    return { user, laptop, phone };
  }

  it('lists the viewer’s live sessions with the current one marked, and only theirs', async () => {
    const { user, laptop } = await twoDevices();
    const other = await makeUser(server.db.prisma);
    await signInAs(other.email, 'Someone Else');
    const ended = await signInAs(user.email, 'Old Browser');
    await server.gql('mutation { logout }', {}, ended);

    const res = await server.gql(SESSIONS, {}, laptop);
    expect(res.errors).toBeUndefined();
    const sessions = res.data!.mySessions as { userAgent: string; current: boolean; ip: string | null; expiresAt: string }[];
    expect(sessions.map((s) => [s.userAgent, s.current]).sort()).toEqual([['Laptop Browser', true], ['Phone Browser', false]]);
    expect(sessions.every((s) => s.ip && new Date(s.expiresAt) > new Date())).toBe(true);
  });

  it('signs one other session out', async () => {
    const { laptop, phone } = await twoDevices();
    const sessions = (await server.gql(SESSIONS, {}, laptop)).data!.mySessions as { id: string; current: boolean }[];
    const phoneSession = sessions.find((s) => !s.current)!;
    expect((await server.gql(REVOKE, { id: phoneSession.id }, laptop)).data).toEqual({ revokeMySession: true });
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(laptop)).toBe(true);
    // twice: it is gone
    expect((await server.gql(REVOKE, { id: phoneSession.id }, laptop)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for another user’s session, which stays signed in', async () => {
    const { laptop } = await twoDevices();
    const other = await twoDevices();
    const theirs = (await server.gql(SESSIONS, {}, other.laptop)).data!.mySessions as { id: string }[];
    const res = await server.gql(REVOKE, { id: theirs[0].id }, laptop);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
    expect(await signedIn(other.laptop)).toBe(true);
    expect(await signedIn(other.phone)).toBe(true);
    const malformed = await server.gql(REVOKE, { id: 'not-an-id' }, laptop);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
  });

  it('signs the current session out and clears its cookie when it revokes itself', async () => {
    const { laptop, phone } = await twoDevices();
    const sessions = (await server.gql(SESSIONS, {}, laptop)).data!.mySessions as { id: string; current: boolean }[];
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${laptop}` },
      body: JSON.stringify({ query: REVOKE, variables: { id: sessions.find((s) => s.current)!.id } }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/panorama_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(phone)).toBe(true);
  });

  it('signs out everywhere, this session included', async () => {
    const { laptop, phone } = await twoDevices();
    const other = await twoDevices();
    expect((await server.gql('mutation { signOutEverywhere }', {}, phone)).data).toEqual({ signOutEverywhere: true });
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(other.laptop)).toBe(true);
  });

  it('ends the other sessions when the password changes, and keeps this one', async () => {
    const { user, laptop, phone } = await twoDevices();
    const change = 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await server.gql(change, { c: 'wrong-password', n: 'brand-new-pass-1' }, laptop);
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await signedIn(phone)).toBe(true);

    expect((await server.gql(change, { c: FACTORY_PASSWORD, n: 'brand-new-pass-1' }, laptop)).data).toEqual({ changeMyPassword: true });
    expect(await signedIn(laptop)).toBe(true);
    expect(await signedIn(phone)).toBe(false);
    expect(await signInAs(user.email, 'New Phone', 'brand-new-pass-1')).toBeTruthy();
  });
});

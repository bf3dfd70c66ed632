import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { signInAsAdmin, startServerProcess, type ServerProcess } from './support/server-process.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

/**
 * The real server process talks to PostgreSQL through a TCP proxy that the test breaks:
 * `down` (refused and cut connections) and `frozen` (no byte forwarded). GraphQL answers 503
 * with Retry-After and DATABASE_UNAVAILABLE, /readyz answers 503 within 2 s, each error is
 * logged with its request id and stack, and requests succeed again once the proxy recovers.
 * Needs PostgreSQL (TEST_DATABASE_URL): the embedded database has no connection to break.
 */

const RETRY_AFTER = '7';
const describePg = process.env.TEST_DATABASE_URL ? describe : describe.skip;

interface Answer {
  status: number;
  ms: number;
  requestId: string | null;
  retryAfter: string | null;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

describePg('database outage (real server process behind a TCP proxy)', () => {
  let testDb: TestDatabase;
  let proxy: TcpProxy;
  let server: ServerProcess;
  let token: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const url = new URL(testDb.sqlTarget.databaseUrl!);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    server = await startServerProcess({
      DATABASE_URL: url.toString(),
      JOB_RUNNER: 'false',
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_STATEMENT_TIMEOUT_MS: '2000',
      DB_RETRY_AFTER_SECONDS: RETRY_AFTER,
    });
    token = await signInAsAdmin(server.url);
  }, 240_000);

  afterAll(async () => {
    server?.kill('SIGKILL');
    await server?.exited;
    await proxy?.close();
    await testDb?.drop();
  });

  const gql = async (query: string, variables: Record<string, unknown> = {}, auth = true, headers: Record<string, string> = {}): Promise<Answer> => {
    const started = Date.now();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await res.json()) as Answer['body'];
    return { status: res.status, ms: Date.now() - started, requestId: res.headers.get('x-request-id'), retryAfter: res.headers.get('retry-after'), body };
  };
  const me = () => gql('query Me { me { user { id } } }');
  /** A resolver (not the context) meets the outage: sign-in without a session. */
  const login = () => gql('mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'nobody@panorama.local', p: 'x' }, false);
  const readyz = async () => {
    const started = Date.now();
    const res = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(60_000) });
    return { status: res.status, ms: Date.now() - started };
  };

  const expectUnavailable = (answer: Answer) => {
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe(RETRY_AFTER);
    const error = answer.body.errors?.[0];
    expect(error?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(error?.extensions?.requestId).toBe(answer.requestId);
    expect(JSON.stringify(answer.body)).not.toMatch(/stack|at .*\.js|SELECT|Connection terminated|timeout exceeded/i);
  };
  const expectLogged = async (answer: Answer) => {
    const line = await server.waitForLog((l) => l.msg === 'internal error' && l.requestId === answer.requestId);
    expect(line.code).toBe('DATABASE_UNAVAILABLE');
    expect(String(line.err?.stack)).toContain('\n    at ');
    expect(line.level).toBe('error');
  };
  /** Polls until the database answers through the server again (the pool drops broken connections as it meets them). */
  const recovered = async () => {
    const until = Date.now() + 60_000;
    for (;;) {
      const answer = await me();
      if (answer.status === 200) return answer;
      if (answer.status !== 503 || Date.now() > until) throw new Error(`no recovery: ${JSON.stringify(answer)}`);
      await sleep(200);
    }
  };

  it('answers normally while the database is up', async () => {
    const answer = await me();
    expect(answer.status).toBe(200);
    expect(answer.body.data?.me?.user?.id).toBeTruthy();
    expect((await readyz()).status).toBe(200);
  });

  it('database down: 503 with Retry-After and DATABASE_UNAVAILABLE, logged with the request id; recovers', async () => {
    proxy.setMode('down');
    const fromContext = await me();
    expectUnavailable(fromContext);
    await expectLogged(fromContext);
    const fromResolver = await login();
    expectUnavailable(fromResolver);
    await expectLogged(fromResolver);
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(5_000);

    proxy.setMode('up');
    const back = await recovered();
    expect(back.body.data?.me?.user?.id).toBeTruthy();
    expect((await readyz()).status).toBe(200);
  }, 120_000);

  it('database frozen: requests end in 503 instead of hanging, /readyz answers 503 within 2 s; recovers', async () => {
    proxy.setMode('frozen');
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(5_000);
    const answers = await Promise.all([me(), me(), login()]);
    for (const answer of answers) {
      expectUnavailable(answer);
      await expectLogged(answer);
    }

    proxy.setMode('up');
    await recovered();
    expect((await readyz()).status).toBe(200);
  }, 120_000);
});

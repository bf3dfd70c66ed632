import { Writable } from 'node:stream';
import { createLogger } from '../../log/logger.ts';
import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';

/** Log lines of the in-process server, captured from its logger. */
function captureLog() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger('info', stream) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids and logs', () => {
  let server: TestServer;
  const captured = captureLog();

  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' }, captured.log);
  });
  afterAll(() => server?.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const accessLine = (requestId: string | null) => captured.lines.find((l) => l.msg === 'request' && l.requestId === requestId);

  it('generates an id, returns it in X-Request-Id and writes one access-log line without bodies or tokens', async () => {
    const res = await post(JSON.stringify({ query: 'query Me { me { user { id } } }' }), { authorization: 'Bearer secret-token-value' });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    await res.json();
    const lines = captured.lines.filter((l) => l.requestId === id && l.msg === 'request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', method: 'POST', route: '/graphql', status: res.status, operation: 'Me' });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(JSON.stringify(captured.lines)).not.toContain('secret-token-value');
    expect(JSON.stringify(lines[0])).not.toContain('user { id }');
  });

  it('keeps a sane client id and replaces one that is too long or has unsafe characters', async () => {
    const sane = 'lb-7f3a.0042:retry_1';
    expect((await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': sane } })).headers.get('x-request-id')).toBe(sane);
    expect(accessLine(sane)).toMatchObject({ method: 'GET', route: '/healthz', status: 200 });
    for (const bad of ['x'.repeat(65), 'two words', '<script>', 'a"b']) {
      const id = (await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': bad } })).headers.get('x-request-id');
      expect(id).toMatch(UUID);
    }
  });

  it('puts the request id in every GraphQL error and in the error answers of the HTTP layer', async () => {
    const res = await post(JSON.stringify({ query: '{ me { user { id } } }' }), { 'x-request-id': 'gql-error-1' });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'gql-error-1' });

    const malformed = await post('{"query": ', { 'x-request-id': 'bad-json-1' });
    expect(malformed.status).toBe(400);
    const malformedBody = (await malformed.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(malformedBody.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: 'bad-json-1' });
    // expected errors are the client's business: no error line for them
    expect(captured.lines.filter((l) => l.level === 'error' && ['gql-error-1', 'bad-json-1'].includes(l.requestId))).toEqual([]);
  });

  it('logs an internal error once with its request id, operation and stack; the client gets neither stack nor message', async () => {
    const admin = await server.signIn('ADMIN');
    // a schema that drifted from the code (as after a half-applied upgrade): this test's own database copy
    await server.db.prisma.$executeRawUnsafe('ALTER TABLE "Customer" RENAME COLUMN "industry" TO "industry_gone"');
    const res = await post(JSON.stringify({ query: 'query Broken { customers(first: 1) { edges { node { id } } } }' }), {
      authorization: `Bearer ${admin.token}`,
      'x-request-id': 'internal-1',
    });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'internal-1' } });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:|\.js:|industry|Customer"/);
    const errors = captured.lines.filter((l) => l.level === 'error' && l.requestId === 'internal-1');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'internal error', operation: 'Broken', code: 'INTERNAL_SERVER_ERROR' });
    expect(String(errors[0].err?.stack)).toContain('\n    at ');
    expect(String(errors[0].err?.message)).toContain('does not exist');
  });
});

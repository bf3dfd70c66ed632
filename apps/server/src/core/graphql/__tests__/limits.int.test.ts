import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';

describe('abuse limits and production errors', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    token = (await server.signIn('ADMIN')).token;
  });
  afterAll(() => server.close());

  it('rejects queries nested too deep', async () => {
    const deep = `{ customers { edges { node { contacts { edges { node { customer { contacts { edges { node { customer { name } } } } } } } } } } } }`;
    const res = await server.gql(deep, {}, token);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0].message).toMatch(/nested \d+ levels deep/);
  });

  it('rejects alias amplification', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { user { id } }`).join(' ')} }`;
    const res = await server.gql(query, {}, token);
    expect(res.errors?.[0].message).toMatch(/more than 30 aliases/);
  });

  it('rejects over-costly queries', async () => {
    const query = `{ customers(first: 100) { edges { node { contacts(first: 100) { edges { node { id name email } } } } } } }`;
    const res = await server.gql(query, {}, token);
    expect(res.errors?.[0].message).toMatch(/Query cost \d+ exceeds the limit/);
  });

  it('rejects bodies over 1 MB without harm', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { user { id } } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await server.gql('{ me { user { id } } }', {}, token)).errors).toBeUndefined();
  });

  it('serves health, readiness, metrics and an offline GraphiQL', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ status: 'ready' });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('panorama_sql_statements_total');
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('/graphiql/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      expect((await fetch(`${server.url}/graphiql/${asset}`)).status).toBe(200);
    }
  });
});

describe('production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production', INTROSPECTION: 'false', GRAPHIQL: 'false' });
  });
  afterAll(() => server.close());

  it('hides stack traces and turns off introspection and GraphiQL', async () => {
    const { token } = await server.signIn('ADMIN');
    const res = await server.gql('{ customer(id: "bad") { id } }', {}, token);
    expect(res.errors?.[0].extensions).not.toHaveProperty('stacktrace');
    const introspection = await server.gql('{ __schema { types { name } } }', {}, token);
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('graphiql.js');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, Kind, parse, typeFromAST,
  type DocumentNode, type GraphQLInputType,
} from 'graphql';
import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { repoRoot } from '../../../config.ts';
import { getSchema } from '../../../schema.ts';
import { MAX_COMPLEXITY, queryCost } from '../limits.ts';

/** A value of a variable's type: Int at the largest page size, other scalars and enums made up, input objects with their required fields. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  const scalars: Record<string, unknown> = {
    Int: 100, Float: 1, Boolean: false, ID: '00000000-0000-4000-8000-000000000000', DateTime: '2026-01-01T00:00:00Z', LocalDate: '2026-01-01',
  };
  return getNamedType(type).name in scalars ? scalars[getNamedType(type).name] : '1';
}

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
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'query' }] } });
    expect(res.errors?.[0].message).toMatch(/nested \d+ levels deep/);
  });

  it('rejects alias amplification', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { user { id } }`).join(' ')} }`;
    const res = await server.gql(query, {}, token);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/more than 30 aliases/);
  });

  it('rejects over-costly queries', async () => {
    const query = `{ customers(first: 100) { edges { node { contacts(first: 100) { edges { node { id name email } } } } } } }`;
    const res = await server.gql(query, {}, token);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'query' }] } });
    expect(res.errors?.[0].extensions).not.toHaveProperty('http');
    expect(res.errors?.[0].message).toMatch(/Query cost \d+ exceeds the limit/);
    expect(res.data).toBeUndefined();
  });

  it('counts every list-size argument, whatever its name (the board’s perStage)', async () => {
    const board = (perStage: number) =>
      `{ opportunityBoard(perStage: ${perStage}) { columns { opportunities { id name customer { contacts(first: 50) { edges { node { id name email } } } } } } } }`;
    const res = await server.gql(board(100), {}, token);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/Query cost \d+ exceeds the limit/);
    // through a variable too, and the default (50) counts when it is left out
    const viaVariable = await server.gql('query($n: Int) { opportunityBoard(perStage: $n) { columns { opportunities { id customer { contacts(first: 50) { edges { node { id name email } } } } } } } }', { n: 100 }, token);
    expect(viaVariable.errors?.[0].message).toMatch(/Query cost \d+ exceeds the limit/);
    const schema = await getSchema();
    expect(queryCost(schema, parse(board(2)))).toBeLessThan(queryCost(schema, parse(board(4))));
    expect(queryCost(schema, parse('{ opportunityBoard { columns { opportunities { id } } } }'))).toBe(
      queryCost(schema, parse('{ opportunityBoard(perStage: 50) { columns { opportunities { id } } } }')),
    );
    expect((await server.gql(board(1), {}, token)).errors).toBeUndefined();
  });

  it('answers a bad variable in a costed query with HTTP 400', async () => {
    const res = await server.gql('query($n: Int) { customers(first: $n) { totalCount } }', { n: 'many' }, token);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps every operation of the web app within the cost limit at full page sizes', async () => {
    const schema = await getSchema();
    const dir = path.join(repoRoot, 'packages', 'schema', 'operations');
    const text = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const document = parse(text);
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const over: string[] = [];
    for (const op of document.definitions) {
      if (op.kind !== Kind.OPERATION_DEFINITION) continue;
      // every Int variable at the largest page size a client may ask for, other required ones at a sample value
      const variables: Record<string, unknown> = {};
      for (const v of op.variableDefinitions ?? []) {
        const type = typeFromAST(schema, v.type) as GraphQLInputType;
        if (isNonNullType(type) || getNamedType(type).name === 'Int') variables[v.variable.name.value] = sample(type);
      }
      const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...fragments] };
      const cost = queryCost(schema, single, variables);
      if (cost > MAX_COMPLEXITY) over.push(`${op.name?.value}: ${cost}`);
    }
    expect(over).toEqual([]);
  });

  it('rejects bodies over 1 MB without harm', async () => {
    // a rep may import nothing: only principals who may import send larger bodies (files, modules/import)
    const rep = (await server.signIn('SALES_REP')).token;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${rep}` },
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
      const res = await fetch(`${server.url}/graphiql/${asset}`);
      expect(res.status).toBe(200);
      await res.arrayBuffer(); // read it: an unread body keeps the connection busy and the server from closing
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

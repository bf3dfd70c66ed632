import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig } from '../config.ts';
import { createApp } from '../app.ts';
import { createLogger, type Logger } from '../core/log/logger.ts';
import type { Services } from '../services.ts';
import { FACTORY_PASSWORD, makeUser } from '../seed/factories.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; message: string }[]; [k: string]: unknown } }[];
}

/** The real HTTP app on a random loopback port over a fresh test database. */
export interface TestServer {
  url: string;
  db: TestDatabase;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  /** The server's services, for work no request starts (scheduled sweeps). */
  services: Services;
  /** Creates a user of the role and signs in through the API; returns its id and token. */
  signIn(role: Role, extra?: Parameters<typeof makeUser>[1]): Promise<{ id: string; token: string; email: string }>;
  close(): Promise<void>;
}

/** `log`: where the app logs (silent by default, so test output stays readable). */
export async function startTestServer(env: Partial<NodeJS.ProcessEnv> = {}, log: Logger = createLogger('silent')): Promise<TestServer> {
  const db = await createTestDatabase();
  const config = { ...loadConfig({ ...process.env, ...env }), port: 0 };
  const { app, services, stop } = await createApp(db, config, log);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // Longer than any pause in a test: otherwise the server may close an idle keep-alive socket
  // just as fetch reuses it (ECONNRESET on a loaded machine).
  server.keepAliveTimeout = 60_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql: TestServer['gql'] = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult;
    return { ...body, status: res.status } as never;
  };

  return {
    url,
    db,
    services,
    gql,
    async signIn(role, extra = {}) {
      const user = await makeUser(db.prisma, { role, ...extra });
      const res = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: user.email, p: FACTORY_PASSWORD },
      );
      if (!res.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
      return { id: user.id, token: res.data.login.token, email: user.email };
    },
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections(); // keep-alive sockets would otherwise hold close() for keepAliveTimeout
      await closed;
      await stop();
      await db.drop();
    },
  };
}

/** An answer as a client compares two of them: each request's own `requestId` left out. */
export function withoutRequestIds<T extends GqlResult>(res: T): T {
  return { ...res, errors: res.errors?.map(({ extensions, ...e }) => ({ ...e, extensions: { ...extensions, requestId: undefined } })) };
}

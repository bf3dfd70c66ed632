/**
 * One database session for start-up work that Prisma's client cannot do: whole migration
 * scripts inside a transaction (several statements in one simple-protocol query, so
 * function bodies and comments holding `;` need no splitting) and a session-level
 * advisory lock held while migrations and seeding run.
 */
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

export interface SqlSession {
  /** Rows of one parameterised statement. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of any number of statements (no parameters). */
  exec(script: string): Promise<void>;
  /** Runs `fn` in a transaction on this session: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the session connects: a PostgreSQL URL (a dedicated connection) or the embedded engine in this process. */
export interface SqlTarget {
  databaseUrl?: string;
  pglite?: PGlite;
}

export async function openSqlSession(target: SqlTarget): Promise<SqlSession> {
  if (target.databaseUrl) {
    // No statement timeout here: a migration may rewrite a large table.
    const client = new pg.Client({ connectionString: target.databaseUrl, application_name: 'panorama-startup' });
    await client.connect();
    // A session dropped by the server (restart, terminate) must not crash the process from an 'error' event.
    client.on('error', () => {});
    return postgresSession(client);
  }
  if (target.pglite) return pgliteSession(target.pglite);
  throw new Error('openSqlSession: neither a database URL nor an embedded database');
}

function postgresSession(client: pg.Client): SqlSession {
  const session: SqlSession = {
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    exec: async (script) => void (await client.query(script)),
    transaction: async (fn) => {
      await client.query('BEGIN');
      try {
        const result = await fn(session);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      }
    },
    close: () => client.end(),
  };
  return session;
}

function pgliteSession(pglite: PGlite): SqlSession {
  type Queryable = Pick<PGlite, 'query' | 'exec'>;
  const over = (q: Queryable, transaction: SqlSession['transaction']): SqlSession => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
    exec: async (script) => void (await q.exec(script)),
    transaction,
    close: async () => {}, // the engine belongs to the Database that opened it
  });
  const nested: SqlSession['transaction'] = () => Promise.reject(new Error('nested transaction'));
  return over(pglite, (fn) => pglite.transaction((tx) => fn(over(tx, nested))));
}

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../db/database.ts';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { signInAsAdmin, startServerProcess, type ServerProcess } from './support/server-process.ts';

/**
 * SIGTERM while 8 clients create customers as fast as they can, on the real server process:
 * no request is reset (each gets an HTTP answer, or a connection refused before anything was
 * sent once the server stopped listening), every answered create is in the database exactly
 * once and nothing else is, and the process exits 0.
 */

const WRITERS = 8;
const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name } }';

interface Outcome {
  answered: { name: string; status: number; ok: boolean; afterSignal: boolean }[];
  refused: number;
  failures: string[];
}

/** One POST on a keep-alive agent; rejects with the socket error when there is no answer. */
function post(agent: http.Agent, url: string, token: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function writer(index: number, tag: string, url: string, token: string, signalled: () => boolean, outcome: Outcome): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let n = 0; ; n++) {
      const name = `${tag}-w${index}-${n}`;
      try {
        const res = await post(agent, url, token, JSON.stringify({ query: CREATE, variables: { input: { name, allowDuplicate: true } } }));
        const body = JSON.parse(res.body) as { data?: { createCustomer?: { name: string } }; errors?: unknown[] };
        outcome.answered.push({ name, status: res.status, ok: res.status === 200 && body.data?.createCustomer?.name === name, afterSignal: signalled() });
      } catch (err) {
        // refused before anything was sent: the server has stopped listening; this writer is done
        if ((err as NodeJS.ErrnoException).code === 'ECONNREFUSED') return void outcome.refused++;
        outcome.failures.push(`${name}: ${(err as Error).message} (${(err as NodeJS.ErrnoException).code})`);
        return;
      }
    }
  } finally {
    agent.destroy();
  }
}

describe('SIGTERM under 8 concurrent writers (real server process)', () => {
  let testDb: TestDatabase | null = null;
  let dataDir: string | null = null;
  let server: ServerProcess;

  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) {
      testDb = await createTestDatabase();
      server = await startServerProcess({ DATABASE_URL: testDb.sqlTarget.databaseUrl!, SHUTDOWN_TIMEOUT_MS: '30000' });
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'panorama-shutdown-'));
      server = await startServerProcess({ DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '30000' });
    }
  }, 240_000);

  afterAll(async () => {
    server?.kill('SIGKILL');
    await server?.exited;
    await testDb?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('drains in-flight requests, saves every answered create exactly once and exits 0', async () => {
    const token = await signInAsAdmin(server.url);
    const tag = `sigterm-${Date.now().toString(36)}`;
    const outcome: Outcome = { answered: [], refused: 0, failures: [] };
    let signalled = false;
    const writers = Array.from({ length: WRITERS }, (_, i) => writer(i, tag, server.url, token, () => signalled, outcome));

    // let every writer get going, then stop the server under them
    const started = Date.now();
    while (outcome.answered.length < WRITERS * 5 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
    signalled = true;
    server.kill('SIGTERM');
    await Promise.all(writers);
    const exit = await server.exited;

    expect(outcome.failures).toEqual([]); // no request was reset
    expect(exit).toEqual({ code: 0, signal: null });
    expect(outcome.refused).toBe(WRITERS); // each writer ended on a clean refusal
    expect(outcome.answered.filter((a) => !a.ok)).toEqual([]);
    expect(outcome.answered.some((a) => a.afterSignal)).toBe(true); // requests in flight at SIGTERM were answered
    expect(server.logs.some((l) => l.msg === 'shut down' && l.exitCode === 0)).toBe(true);

    // what the clients were told is what the database holds: each answered create once, nothing unanswered
    const db: Database = testDb ?? (await openDatabase({ dataDir: dataDir! }));
    try {
      const rows = await db.prisma.customer.findMany({ where: { name: { startsWith: `${tag}-` } }, select: { name: true } });
      const saved = rows.map((r) => r.name).sort();
      expect(saved).toEqual(outcome.answered.map((a) => a.name).sort());
      expect(new Set(saved).size).toBe(saved.length);
    } finally {
      if (!testDb) await db.close();
    }
  }, 180_000);
});

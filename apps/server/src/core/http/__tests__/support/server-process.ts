import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../../../../config.ts';

export const ADMIN = { email: 'ops-admin@panorama.local', password: 'ops-admin-password' };

/** One JSON line of the server's log (lines that are not JSON are kept as `{ msg }`). */
export type LogLine = Record<string, any> & { msg?: string };

/** The real server (`node apps/server/dist/main.js`) as a child process, its stdout parsed as log lines. */
export interface ServerProcess {
  url: string;
  logs: LogLine[];
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
  /** Polls the log until a line matches (default 30 s). */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/**
 * Starts the built server (run `pnpm --filter @panorama/server build` first, as `pnpm test`
 * does) in production mode without demo data, and waits until /readyz answers 200.
 */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 180_000): Promise<ServerProcess> {
  const entry = path.join(repoRoot, 'apps/server/dist/main.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: build the server first (pnpm --filter @panorama/server build)`);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: '',
      SEED_DEMO: 'false',
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines.filter(Boolean)) logs.push(parse(line));
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let ended: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve((ended = { code, signal }))),
  );
  const killOnExit = () => !ended && child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (ended) throw new Error(`the server exited (${JSON.stringify(ended)}) before it was ready:\n${stderr}\n${logs.map((l) => JSON.stringify(l)).join('\n')}`);
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready after ${timeoutMs} ms:\n${stderr}`);
    }
    await sleep(200);
  }

  return {
    url,
    logs,
    exited,
    kill: (signal) => void child.kill(signal),
    async waitForLog(match, waitMs = 30_000) {
      const until = Date.now() + waitMs;
      for (;;) {
        const line = logs.find(match);
        if (line) return line;
        if (Date.now() > until) throw new Error(`no matching log line within ${waitMs} ms; last lines:\n${logs.slice(-20).map((l) => JSON.stringify(l)).join('\n')}`);
        await sleep(50);
      }
    },
  };
}

function parse(line: string): LogLine {
  try {
    return JSON.parse(line) as LogLine;
  } catch {
    return { msg: line };
  }
}

/** Signs in through the API and returns the session token. */
export async function signInAsAdmin(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: ADMIN.email, p: ADMIN.password } }),
  });
  const body = (await res.json()) as { data?: { login?: { token: string } }; errors?: unknown };
  if (!body.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

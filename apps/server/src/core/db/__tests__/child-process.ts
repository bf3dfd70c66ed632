import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../../config.ts';

/** The built server (`pnpm test` builds it first): start-up is tested as operators run it, in its own process. */
export const distDir = path.join(repoRoot, 'apps', 'server', 'dist');

export interface Child {
  process: ChildProcess;
  output(): string;
  /** Resolves when the output matches, rejects when the process exits first or the deadline passes. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Target database for a child: a fresh PGlite data dir or a PostgreSQL URL. */
export type Target = { dataDir: string; databaseUrl?: undefined } | { databaseUrl: string; dataDir?: undefined };

export function targetEnv(target: Target): NodeJS.ProcessEnv {
  return target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : { DATABASE_URL: '', DATA_DIR: target.dataDir };
}

export function freshDataDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'panorama-startup-')), 'data');
}

export function runNode(script: string, env: NodeJS.ProcessEnv, args: string[] = []): Child {
  const child = spawn(process.execPath, [path.join(distDir, script), ...args], {
    cwd: path.join(repoRoot, 'apps', 'server'),
    env: { ...process.env, TEST_DATABASE_URL: '', SEED_DEMO: 'true', JOB_RUNNER: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters = new Set<() => void>();
  const onOutput = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const check of waiters) check();
  };
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    process: child,
    output: () => out,
    exited,
    waitFor: (pattern, timeoutMs = 300_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${out}`)), timeoutMs);
        const check = () => pattern.test(out) && done();
        const done = (err?: Error) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (err) reject(err);
          else resolve();
        };
        waiters.add(check);
        void exited.then(({ code, signal }) => done(pattern.test(out) ? undefined : new Error(`exited (${code ?? signal}) before ${pattern}; output:\n${out}`)));
        check();
      }),
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Polls /readyz until it answers 200 (generous deadline: a loaded machine starts slowly). */
export async function waitReady(port: number, child: Child, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitedEarly = false;
  void child.exited.then(() => (exitedEarly = true));
  while (Date.now() < deadline) {
    if (exitedEarly) throw new Error(`server exited before it was ready:\n${child.output()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready within ${timeoutMs} ms:\n${child.output()}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

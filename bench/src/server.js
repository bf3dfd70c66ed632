import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @typedef {object} PanoramaServer
 * @property {string} url       http://127.0.0.1:<port>
 * @property {number} pid
 * @property {string} logFile
 * @property {() => Promise<void>} stop
 */

/**
 * Starts the real server (`node apps/server/dist/main.js`) against the bench database and
 * waits until /readyz answers; the server applies migrations and creates the admin itself.
 * `databaseUrl: ''` runs it on the embedded database; `env` adds to or overrides its environment
 * (DATA_DIR, SEED_DEMO, …).
 * @param {{ repoRoot: string, databaseUrl: string, adminEmail: string, adminPassword: string, logFile: string, env?: Record<string, string>, timeoutMs?: number, graceMs?: number }} o
 * @returns {Promise<PanoramaServer>}
 */
export async function startPanorama({ repoRoot, databaseUrl, adminEmail, adminPassword, logFile, env = {}, timeoutMs = 180_000, graceMs = 5_000 }) {
  const entry = path.join(repoRoot, 'apps/server/dist/main.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: build the server first (pnpm --filter @panorama/server build)`);
  const port = await freePort();
  const log = fs.openSync(logFile, 'w');
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/.out/prof" profiles the server
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      SEED_ADMIN_EMAIL: adminEmail,
      SEED_ADMIN_PASSWORD: adminPassword,
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = { code, signal }))));
  // Never leave the server behind, even when the bench itself dies of an uncaught error.
  const killOnExit = () => !exited && child.kill('SIGKILL');
  process.once('exit', killOnExit);
  exit.then(() => process.off('exit', killOnExit));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`The server exited (${exited.code ?? exited.signal}) before it was ready; see ${logFile}:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server was not ready after ${timeoutMs / 1000}s; see ${logFile}:\n${tail(logFile)}`);
    }
    await sleep(250);
  }

  return {
    url,
    pid: /** @type {number} */ (child.pid),
    logFile,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const stopped = await Promise.race([exit, sleep(graceMs).then(() => null)]);
      if (!stopped) {
        console.log(`The server did not exit within ${graceMs / 1000}s of SIGTERM; killing it`);
        child.kill('SIGKILL');
        await exit;
      }
    },
  };
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

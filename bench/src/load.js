import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'undici';

/**
 * A small closed-loop load generator: `concurrency` clients, each sending its next request
 * as soon as the previous answer is complete, over keep-alive connections (undici Pool),
 * until the time is up or `maxRequests` were sent. It runs in a worker thread, so the
 * in-process baseline server has the main thread's event loop to itself.
 *
 * A request counts as an error when the status is not 200 or the JSON has "errors".
 */

/**
 * @typedef {object} LoadOptions
 * @property {string} url           origin, http://127.0.0.1:port (loopback only)
 * @property {string} path          e.g. /graphql
 * @property {Record<string,string>} headers
 * @property {string[]} bodies      request bodies; each request picks one at random
 * @property {number} concurrency
 * @property {number} durationMs
 * @property {number} [maxRequests]
 */

/**
 * @typedef {object} LoadResult
 * @property {number} requests     completed requests (ok + errors)
 * @property {number} errors
 * @property {string[]} errorSamples
 * @property {number} elapsedMs
 * @property {Float64Array} latencies  ms, sorted ascending, ok and error requests
 * @property {{ body: number, latencies: Float64Array }[]} byBody  the same per request body, sorted
 */

/** @param {LoadOptions} options @returns {Promise<LoadResult>} */
export function runLoad(options) {
  const { hostname } = new URL(options.url);
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname)) throw new Error(`Load only on loopback, not ${hostname}`);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: options });
    worker.once('message', (result) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`load worker exited with ${code}`)));
  });
}

/** @param {LoadOptions} o */
async function generate({ url, path, headers, bodies, concurrency, durationMs, maxRequests = 1_000_000 }) {
  const pool = new Pool(url, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 });
  const requestHeaders = { 'content-type': 'application/json', ...headers };
  const latencies = new Float64Array(maxRequests);
  const bodyIndex = new Uint32Array(maxRequests);
  let sent = 0;
  let done = 0;
  let errors = 0;
  const errorSamples = [];
  const error = (text) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(text.slice(0, 300));
  };

  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (performance.now() < deadline && sent < maxRequests) {
      sent++;
      const index = (Math.random() * bodies.length) | 0;
      const body = bodies[index];
      const t0 = performance.now();
      try {
        const res = await pool.request({ path, method: 'POST', headers: requestHeaders, body });
        const text = await res.body.text();
        if (res.statusCode !== 200) error(`HTTP ${res.statusCode}: ${text}`);
        else if (text.includes('"errors"')) error(text);
      } catch (e) {
        error(String(e?.message ?? e));
      }
      bodyIndex[done] = index;
      latencies[done++] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsedMs = performance.now() - started;
  await pool.close();
  const perBody = Array.from({ length: bodies.length }, () => []);
  for (let i = 0; i < done; i++) perBody[bodyIndex[i]].push(latencies[i]);
  const byBody = perBody.map((values, body) => ({ body, latencies: Float64Array.from(values).sort() }));
  return { requests: done, errors, errorSamples, elapsedMs, latencies: latencies.slice(0, done).sort(), byBody };
}

if (!isMainThread && workerData) {
  const result = await generate(workerData);
  parentPort?.postMessage(result, [result.latencies.buffer, ...result.byBody.map((b) => b.latencies.buffer)]);
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

import type { RequestHandler } from 'express';
import type { Database } from '../db/database.ts';

/**
 * GET /readyz: 200 when the database answers a round trip within `timeoutMs`, else 503 at
 * that moment, also when the database hangs (frozen) rather than refuses. One ping at a
 * time: while it hangs, further probes wait on the same one instead of taking more pool
 * connections.
 */
export function readinessHandler(database: Pick<Database, 'ping' | 'kind'>, timeoutMs: number): RequestHandler {
  let pending: Promise<void> | null = null;
  const ping = () =>
    (pending ??= database.ping().finally(() => {
      pending = null;
    }));
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    try {
      const outcome = await Promise.race([ping(), timedOut]);
      if (outcome === 'timeout') return void res.status(503).json({ status: 'unavailable', database: database.kind, reason: 'timeout' });
      res.json({ status: 'ready', database: database.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: database.kind });
    } finally {
      clearTimeout(timer);
    }
  };
}

import type { PoolService } from './pool.service.ts';

/**
 * Runs the pool's auto-release every `minutes` (and once shortly after start). Several servers
 * may run it at once: the sweep skips rows another one holds. Errors are logged, never thrown.
 */
export function startPoolSweeper(pool: PoolService, minutes: number): () => void {
  if (!(minutes > 0)) return () => {};
  const sweep = () =>
    pool.releaseInactive().then(
      (n) => n > 0 && console.log(`Pool: released ${n} idle customer(s) to the pool`),
      (err: unknown) => console.error('Pool sweep failed:', err),
    );
  const first = setTimeout(sweep, 30_000);
  const every = setInterval(sweep, minutes * 60_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}

import type { TaskDefinition } from '../../core/jobs/job.types.ts';
import type { PoolService } from './pool.service.ts';

/**
 * Returns idle customers to the pool every `minutes` (0: no schedule; a pending run still
 * runs). Several servers share one occurrence (core/jobs); the sweep also skips rows another holds.
 */
export function poolSweepTask(pool: PoolService, minutes: number): TaskDefinition {
  return {
    name: 'pool.sweep',
    schedule: minutes > 0 ? { everyMinutes: minutes } : undefined,
    handler: async (_payload, { now }) => {
      const n = await pool.releaseInactive(now);
      if (n > 0) console.log(`Pool: released ${n} idle customer(s) to the pool`);
      return n;
    },
  };
}

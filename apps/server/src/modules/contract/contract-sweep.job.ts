import type { TaskDefinition } from '../../core/jobs/job.types.ts';
import type { ContractReminderService } from './contract-reminder.service.ts';

/**
 * Creates contract renewal reminders every `minutes` (0: no schedule; a pending run still
 * runs). Several servers share one occurrence (core/jobs); the sweep also skips rows another holds.
 */
export function contractSweepTask(reminders: ContractReminderService, minutes: number): TaskDefinition {
  return {
    name: 'contract.sweep',
    schedule: minutes > 0 ? { everyMinutes: minutes } : undefined,
    handler: async (_payload, { now }) => {
      const n = await reminders.sweep(now);
      if (n > 0) console.log(`Contracts: created ${n} renewal reminder(s)`);
      return n;
    },
  };
}

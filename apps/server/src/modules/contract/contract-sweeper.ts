import type { ContractReminderService } from './contract-reminder.service.ts';

/**
 * Runs the contract renewal reminders once at start and then every `minutes` (0 turns it off).
 * Several servers may run it at once: the sweep skips rows another one holds. Errors are logged, never thrown.
 */
export function startContractSweeper(reminders: ContractReminderService, minutes: number): () => void {
  if (!(minutes > 0)) return () => {};
  const sweep = () =>
    reminders.sweep().then(
      (n) => n > 0 && console.log(`Contracts: created ${n} renewal reminder(s)`),
      (err: unknown) => console.error('Contract sweep failed:', err),
    );
  const first = setTimeout(sweep, 1_000);
  const every = setInterval(sweep, minutes * 60_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}

import type { ContractRepository } from './contract.repository.ts';
import { toLocalDate } from './contract-status.ts';

const SWEEP_BATCH = 200;

/** Renewal reminders: a TASK for the owner when an ACTIVE contract enters its notice period, once. */
export class ContractReminderService {
  constructor(private readonly repo: ContractRepository) {}

  /** Creates the due reminders in batches (one statement each); how many it created. A second sweep creates none. */
  async sweep(now = new Date()): Promise<number> {
    const today = toLocalDate(now);
    let total = 0;
    for (let done = SWEEP_BATCH; done === SWEEP_BATCH; total += done) {
      done = await this.repo.sweepReminders(today, now, SWEEP_BATCH);
    }
    return total;
  }
}

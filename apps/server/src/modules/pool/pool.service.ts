import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput, conflict, forbidden } from '../../core/errors/app-error.ts';
import { recordChange } from '../../core/changes/change.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { Customer } from '../customer/customer.type.ts';
import type { SettingsRepository } from '../system/settings.repository.ts';
import type { UserRepository } from '../user/user.repository.ts';
import type { PoolSettings, PoolStatus } from './pool.type.ts';

const DEFAULT_CLAIM_LIMIT_KEY = 'pool.defaultClaimLimit';
const FALLBACK_CLAIM_LIMIT = 50;
const AUTO_RELEASE_DAYS_KEY = 'pool.autoReleaseDays';
const FALLBACK_AUTO_RELEASE_DAYS = 0; // off until an admin sets it
const SWEEP_BATCH = 500;

/** The customer pool (公海): customers without an owner that reps claim and release. */
export class PoolService {
  constructor(
    private readonly customers: CustomerService,
    private readonly users: UserRepository,
    private readonly settings: SettingsRepository,
  ) {}

  async settingsFor(): Promise<PoolSettings> {
    const [defaultClaimLimit, autoReleaseDays] = await Promise.all([
      this.settings.get(DEFAULT_CLAIM_LIMIT_KEY, FALLBACK_CLAIM_LIMIT),
      this.settings.get(AUTO_RELEASE_DAYS_KEY, FALLBACK_AUTO_RELEASE_DAYS),
    ]);
    return { defaultClaimLimit, autoReleaseDays };
  }

  async updateSettings(changes: { defaultClaimLimit?: number | null; autoReleaseDays?: number | null }): Promise<PoolSettings> {
    const { defaultClaimLimit, autoReleaseDays } = changes;
    if (defaultClaimLimit != null && (!Number.isInteger(defaultClaimLimit) || defaultClaimLimit < 0 || defaultClaimLimit > 100_000)) {
      throw badInput('defaultClaimLimit', 'must be a whole number from 0 to 100000');
    }
    if (autoReleaseDays != null && (!Number.isInteger(autoReleaseDays) || autoReleaseDays < 0 || autoReleaseDays > 3650)) {
      throw badInput('autoReleaseDays', 'must be a whole number from 0 to 3650');
    }
    if (defaultClaimLimit != null) await this.settings.set(DEFAULT_CLAIM_LIMIT_KEY, defaultClaimLimit);
    if (autoReleaseDays != null) await this.settings.set(AUTO_RELEASE_DAYS_KEY, autoReleaseDays);
    return this.settingsFor();
  }

  /** Returns customers idle for longer than the company's limit to the pool; how many it released. */
  async releaseInactive(now = new Date()): Promise<number> {
    const { autoReleaseDays } = await this.settingsFor();
    if (autoReleaseDays <= 0) return 0;
    const cutoff = new Date(now.getTime() - autoReleaseDays * 86_400_000);
    let total = 0;
    for (let released = SWEEP_BATCH; released === SWEEP_BATCH; total += released) {
      released = await this.customers.repo.releaseInactive(cutoff, SWEEP_BATCH);
    }
    return total;
  }

  async status(viewer: Viewer, scope: Scope): Promise<PoolStatus> {
    const [ownedCount, claimLimit] = await Promise.all([this.customers.repo.countOwnedBy(scope, viewer.id), this.limitFor(viewer.id)]);
    return { ownedCount, claimLimit };
  }

  async claim(viewer: Viewer, scope: Scope, id: string): Promise<Customer> {
    if (scope.kind === 'partner') throw forbidden('Partners cannot claim pool customers');
    const customer = await this.customers.get(scope, id);
    if (customer.deletedAt) throw conflict('This customer is deleted', { reason: 'DELETED' });
    if (customer.ownerId) throw conflict('This customer already has an owner', { reason: 'ALREADY_OWNED' });
    const limit = await this.limitFor(viewer.id);
    return this.customers.repo.transaction(scope, async (tx) => {
      // Serialize one rep's claims so two at once cannot pass the limit together.
      await this.users.lockForUpdate(tx, viewer.id);
      const owned = await this.customers.repo.countOwnedBy(scope, viewer.id, tx);
      if (owned >= limit) throw conflict(`You own ${owned} customers, the most you may claim is ${limit}`, { reason: 'CLAIM_LIMIT', limit });
      const now = new Date();
      const claimed = await this.customers.repo.claimIfInPool(tx, customer.id, viewer.id, now);
      if (!claimed) throw conflict('Someone claimed this customer first', { reason: 'ALREADY_OWNED' });
      await recordChange(tx, {
        actorId: viewer.id, action: 'CLAIMED', entity: 'Customer', entityId: customer.id, customerId: customer.id,
        changes: [{ field: 'ownerId', from: null, to: viewer.id }],
      });
      return (await this.customers.repo.findVisible(scope, customer.id, tx))!;
    });
  }

  async release(viewer: Viewer, scope: Scope, id: string): Promise<Customer> {
    const customer = await this.customers.editable(scope, id);
    if (!customer.ownerId) throw conflict('This customer is already in the pool', { reason: 'IN_POOL' });
    return this.customers.repo.transaction(scope, async (tx) => {
      const now = new Date();
      const after = await this.customers.repo.update(tx, customer.id, { ownerId: null, claimedAt: null, lastActivityAt: now });
      await recordChange(tx, {
        actorId: viewer.id, action: 'RELEASED', entity: 'Customer', entityId: customer.id, customerId: customer.id,
        changes: [{ field: 'ownerId', from: customer.ownerId, to: null }],
      });
      return after;
    });
  }

  private async limitFor(userId: string): Promise<number> {
    const user = await this.users.findById(userId);
    return user?.claimLimit ?? (await this.settingsFor()).defaultClaimLimit;
  }
}

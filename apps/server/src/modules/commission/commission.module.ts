import type { Db } from '../../core/db/database.ts';
import type { CurrencyService } from '../currency/currency.service.ts';
import { CommissionPlanRepository } from './commission-plan.repository.ts';
import { CommissionPlanService } from './commission-plan.service.ts';
import { CommissionRepository } from './commission.repository.ts';
import { CommissionService } from './commission.service.ts';

/** The commission module's services, wired once in services.ts. */
export function createCommissionServices(db: Db, deps: { currency: CurrencyService }) {
  const plans = new CommissionPlanRepository(db);
  return {
    commissionPlan: new CommissionPlanService(plans, deps.currency),
    commission: new CommissionService(new CommissionRepository(db), plans, deps.currency),
  };
}

import type { Db } from '../core/db/database.ts';
import { newId } from '../core/ids.ts';
import { buildScope } from '../core/auth/build-scope.ts';
import { SessionRepository } from '../modules/auth/auth.repository.ts';
import { loadViewer } from '../modules/auth/auth.service.ts';
import { createCommissionServices } from '../modules/commission/commission.module.ts';
import { CurrencyRepository } from '../modules/currency/currency.repository.ts';
import { CurrencyService } from '../modules/currency/currency.service.ts';
import { SettingsRepository } from '../modules/system/settings.repository.ts';

const PLANS = [
  { name: '销售代表提成 Sales reps', role: 'SALES_REP' as const, mode: 'MARGINAL' as const, tiers: [['0', '2'], ['500000', '3'], ['1500000', '5']] },
  { name: '销售经理提成 Sales managers', role: 'SALES_MANAGER' as const, mode: 'WHOLE' as const, tiers: [['0', '1'], ['1000000', '1.5'], ['3000000', '2']] },
];

/**
 * Demo commission plans in CNY (marginal tiers for reps, whole-amount tiers for managers), and
 * the month before last closed by the admin, so the commissions page shows a locked month.
 */
export async function seedDemoCommissions(db: Db, now = new Date()): Promise<void> {
  for (const p of PLANS) {
    await db.commissionPlan.create({
      data: {
        id: newId(), name: p.name, role: p.role, currency: 'CNY', mode: p.mode, active: true,
        tiers: { create: p.tiers.map(([fromAmount, ratePercent]) => ({ id: newId(), fromAmount: fromAmount!, ratePercent: ratePercent! })) },
      },
    });
  }
  const admin = await db.user.findFirst({ where: { role: 'ADMIN' }, orderBy: { createdAt: 'asc' } });
  if (!admin) return;
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1)).toISOString().slice(0, 10);
  const { commission } = createCommissionServices(db, { currency: new CurrencyService(new CurrencyRepository(db), new SettingsRepository(db)) });
  const viewer = await loadViewer(new SessionRepository(db), admin.id);
  await commission.close(viewer, await buildScope(db, viewer), month);
}

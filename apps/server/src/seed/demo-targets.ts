import type { Db } from '../core/db/database.ts';
import { newId } from '../core/ids.ts';

/** Monthly target per demo rep, in line with the demo deals (John Smith plans in USD); quarters are three months' worth. */
const REP_TARGETS: Record<string, { amount: number; currency: string }> = {
  'rep.li@panorama.local': { amount: 1_500_000, currency: 'CNY' },
  'rep.zhang@panorama.local': { amount: 1_250_000, currency: 'CNY' },
  'rep.chen@panorama.local': { amount: 1_400_000, currency: 'CNY' },
  'rep.smith@panorama.local': { amount: 200_000, currency: 'USD' },
};
/** Monthly targets of the sales departments (by name prefix), a little above their reps' sum. */
const DEPARTMENT_TARGETS: Record<string, number> = { '华北销售': 2_900_000, '华东销售': 3_000_000, '销售部': 6_200_000 };

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number) => new Date(`${year}-${pad(month)}-01T00:00:00Z`);

/** Sales targets for this year: every month and quarter, for the demo reps and sales departments. */
export async function seedDemoTargets(db: Db, year = new Date().getUTCFullYear()): Promise<void> {
  const users = await db.user.findMany({ where: { email: { in: Object.keys(REP_TARGETS) } }, select: { id: true, email: true } });
  const departments = await db.department.findMany({ select: { id: true, name: true } });
  const owners = [
    ...users.map((u) => ({ userId: u.id, departmentId: null, ...REP_TARGETS[u.email]! })),
    ...departments.flatMap((d) => {
      const key = Object.keys(DEPARTMENT_TARGETS).find((k) => d.name.startsWith(k));
      return key ? [{ userId: null, departmentId: d.id, amount: DEPARTMENT_TARGETS[key]!, currency: 'CNY' }] : [];
    }),
  ];
  const data = owners.flatMap((o) => [
    ...[...Array(12).keys()].map((m) => ({ period: 'MONTH' as const, periodStart: day(year, m + 1), amount: o.amount })),
    ...[1, 4, 7, 10].map((m) => ({ period: 'QUARTER' as const, periodStart: day(year, m), amount: o.amount * 3 })),
  ].map((t) => ({ id: newId(), userId: o.userId, departmentId: o.departmentId, currency: o.currency, ...t, amount: t.amount.toFixed(2) })));
  await db.salesTarget.createMany({ data });
}

import type { TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';

export const PLAN = `mutation($input: CreateCommissionPlanInput!) { createCommissionPlan(input: $input) {
  id name role currency mode active version tiers { fromAmount ratePercent } } }`;
export const STATEMENTS = `query($p: LocalDate!) { commissionStatements(periodStart: $p) {
  userId closed planName mode currency won { amount currency } commission { amount currency } dealCount unconvertedCount
  progress { currentRatePercent nextFrom remaining } lines { opportunityId } } }`;
export const STATEMENT = `query($u: ID!, $p: LocalDate!) { commissionStatement(userId: $u, periodStart: $p) {
  userId closed currency won { amount } commission { amount } dealCount unconvertedCount
  lines { opportunityId opportunityName closedAt originalAmount { amount currency } amount { amount currency } commission { amount } unconverted } } }`;
export const CLOSE = 'mutation($p: LocalDate!) { closeCommissionPeriod(periodStart: $p) { periodStart closedById statementCount } }';
export const REOPEN = 'mutation($p: LocalDate!) { reopenCommissionPeriod(periodStart: $p) }';

export const JAN = '2026-01-01';
export const TIERS = [{ fromAmount: '0', ratePercent: '3' }, { fromAmount: '100000', ratePercent: '5' }, { fromAmount: '300000', ratePercent: '8' }];
const at = (iso: string) => new Date(iso);

/**
 * A sales tree (manager over East: rep A, rep C; rep B in Other, outside it), USD 7.1 into CNY and
 * no AUD rate, a marginal SALES_REP plan (0→3%, 100000→5%, 300000→8%) and a WHOLE manager plan
 * (0→1%, 50000→2%), and January 2026 deals with hand-computed commissions:
 * rep A 80000 CNY + 10000 USD (71000) + 199000 CNY = 350000 → 17000.00, plus 5000 AUD unconverted;
 * rep B exactly 100000 CNY → 3000.00; the manager 20000 CNY → 200.00; rep C nothing.
 */
export async function seedCommissions(server: TestServer) {
  const db = server.db.prisma;
  const [qual, , proposal, , won, lost] = await ensureDefaultStages(db);
  await db.currencyRate.createMany({ data: [{ currency: 'USD', rate: '7.1' }] });
  const top = await makeDepartment(db, { name: 'Sales' });
  const east = await makeDepartment(db, { name: 'East', parentId: top.id });
  const other = await makeDepartment(db, { name: 'Other' });
  const admin = await server.signIn('ADMIN');
  const manager = await server.signIn('SALES_MANAGER', { departmentId: top.id, name: 'Manager M' });
  const repA = await server.signIn('SALES_REP', { departmentId: east.id, name: 'Rep A' });
  const repB = await server.signIn('SALES_REP', { departmentId: other.id, name: 'Rep B' });
  const repC = await server.signIn('SALES_REP', { departmentId: east.id, name: 'Rep C' });
  const plan = async (input: Record<string, unknown>) => {
    const res = await server.gql(PLAN, { input }, admin.token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.createCommissionPlan as { id: string; version: number };
  };
  const repPlan = await plan({ name: 'Reps 2026', role: 'SALES_REP', currency: 'CNY', mode: 'MARGINAL', tiers: TIERS });
  const managerPlan = await plan({ name: 'Managers', role: 'SALES_MANAGER', currency: 'CNY', mode: 'WHOLE', tiers: [{ fromAmount: '0', ratePercent: '1' }, { fromAmount: '50000', ratePercent: '2' }] });

  const custA = await makeCustomer(db, { name: 'Customer A', ownerId: repA.id });
  const custB = await makeCustomer(db, { name: 'Customer B', ownerId: repB.id });
  const wonDeal = (ownerId: string, customerId: string, name: string, amount: string, currency: string, closedAt: string, extra: Record<string, unknown> = {}) =>
    makeOpportunity(db, { ownerId, customerId, name, stageId: won.id, amount, currency, probability: 100, expectedCloseDate: at(`${closedAt.slice(0, 10)}T00:00:00Z`), closedAt: at(closedAt), ...extra });

  const a1 = await wonDeal(repA.id, custA.id, 'A1 机床', '80000.00', 'CNY', '2026-01-05T09:00:00Z');
  const a2 = await wonDeal(repA.id, custA.id, 'A2 USD', '10000.00', 'USD', '2026-01-10T09:00:00Z');
  const a3 = await wonDeal(repA.id, custA.id, 'A3 AUD', '5000.00', 'AUD', '2026-01-12T09:00:00Z');
  const a4 = await wonDeal(repA.id, custA.id, 'A4 last second', '199000.00', 'CNY', '2026-01-31T23:59:59Z');
  await wonDeal(repA.id, custA.id, 'A5 next month', '50000.00', 'CNY', '2026-02-01T00:00:00Z');
  await wonDeal(repA.id, custA.id, 'A6 last year', '40000.00', 'CNY', '2025-12-31T23:59:59Z');
  await wonDeal(repA.id, custA.id, 'A7 deleted', '90000.00', 'CNY', '2026-01-15T09:00:00Z', { deletedAt: at('2026-01-16T00:00:00Z') });
  await wonDeal(repA.id, custA.id, 'A8 lost', '60000.00', 'CNY', '2026-01-15T09:00:00Z', { stageId: lost.id, probability: 0, lostReason: 'price' });
  const open = await makeOpportunity(db, { ownerId: repA.id, customerId: custA.id, name: 'A9 open in Jan', stageId: proposal.id, amount: '7000.00', expectedCloseDate: at('2026-01-20T00:00:00Z') });
  const b1 = await wonDeal(repB.id, custB.id, 'B1 boundary', '100000.00', 'CNY', '2026-01-20T09:00:00Z');
  const m1 = await wonDeal(manager.id, custA.id, 'M1', '20000.00', 'CNY', '2026-01-21T09:00:00Z');
  return { admin, manager, repA, repB, repC, repPlan, managerPlan, custA, custB, deals: { a1, a2, a3, a4, open, b1, m1 }, stages: { qual, proposal, won, lost } };
}

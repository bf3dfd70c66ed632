import type { TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';
import { newId } from '../../../core/ids.ts';
import type { LeadSource } from '../../../generated/prisma/enums.ts';

export const DASHBOARD = `query($filter: SalesDashboardFilter!) { salesDashboard(filter: $filter) {
  currency baseCurrency from to unconvertedCount unconverted { currency count }
  funnel { stageId name kind count amount unconvertedCount }
  pipelineByCloseMonth { month from to count amount weightedAmount unconvertedCount }
  winRateByOwner { ownerId ownerName won lost winRate avgCycleDays wonAmount unconvertedCount }
  revenueByMonth { month from to count amount unconvertedCount }
  topCustomers { customerId customerName count amount unconvertedCount }
  leadConversionBySource { source total converted rate }
  forecast { weighted commit bestCase won openCount wonCount unconvertedCount } } }`;

export const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

/**
 * Two reps in different departments under a manager's tree (rep A inside it, rep B outside),
 * rates USD 7.1 / EUR 7.7 into CNY, no rate for AUD, deals and leads with hand-computable totals.
 */
export async function seedDashboard(server: TestServer) {
  const db = server.db.prisma;
  const stages = await ensureDefaultStages(db);
  const [qual, needs, proposal, negotiation, won, lost] = stages;
  await db.currencyRate.createMany({ data: [{ currency: 'USD', rate: '7.1' }, { currency: 'EUR', rate: '7.7' }] });
  const top = await makeDepartment(db, { name: 'Sales' });
  const east = await makeDepartment(db, { name: 'East', parentId: top.id });
  const other = await makeDepartment(db, { name: 'Other' });
  const admin = await server.signIn('ADMIN');
  const manager = await server.signIn('SALES_MANAGER', { departmentId: top.id });
  const repA = await server.signIn('SALES_REP', { departmentId: east.id, name: 'Rep A' });
  const repB = await server.signIn('SALES_REP', { departmentId: other.id, name: 'Rep B' });
  const region = await db.territory.create({ data: { id: newId(), name: 'South' } });
  const city = await db.territory.create({ data: { id: newId(), name: 'Shenzhen', parentId: region.id } });
  const custA = await makeCustomer(db, { name: 'Customer A', ownerId: repA.id, territoryId: city.id });
  const custB = await makeCustomer(db, { name: 'Customer B', ownerId: repB.id });
  const deal = (ownerId: string, customerId: string, stageId: string, amount: string, currency: string, probability: number, expected: string, extra: Record<string, unknown> = {}) =>
    makeOpportunity(db, { ownerId, customerId, stageId, amount, currency, probability, expectedCloseDate: day(expected), ...extra });

  // rep A: Jan 1000 USD @50% + 500 CNY @75% = 7600 CNY (weighted 3550 + 375); Feb 333.33 @10% (weighted 33.33)
  await deal(repA.id, custA.id, proposal.id, '1000.00', 'USD', 50, '2026-01-15');
  await deal(repA.id, custA.id, negotiation.id, '500.00', 'CNY', 75, '2026-01-25');
  await deal(repA.id, custA.id, qual.id, '333.33', 'CNY', 10, '2026-02-20');
  await deal(repA.id, custA.id, needs.id, '999.00', 'AUD', 20, '2026-03-15'); // no rate: counted, never converted
  await deal(repA.id, custA.id, qual.id, '10000.00', 'CNY', 10, '2026-05-01'); // after the period
  await deal(repA.id, custA.id, qual.id, '8888.00', 'CNY', 10, '2026-01-10', { deletedAt: at('2026-01-11') });
  // won 1234.56 EUR × 7.7 = 9506.112 → 9506.11, 30 days from creation; lost 200 CNY after 10 days
  await deal(repA.id, custA.id, won.id, '1234.56', 'EUR', 100, '2026-02-05', { createdAt: at('2026-01-06'), closedAt: at('2026-02-05') });
  await deal(repA.id, custA.id, lost.id, '200.00', 'CNY', 0, '2026-03-01', { createdAt: at('2026-02-19'), closedAt: at('2026-03-01'), lostReason: 'price' });
  // rep B (outside the manager's tree): 5000 CNY @50% in Jan; won 3000 CNY in March after 9 days
  await deal(repB.id, custB.id, proposal.id, '5000.00', 'CNY', 50, '2026-01-20');
  await deal(repB.id, custB.id, won.id, '3000.00', 'CNY', 100, '2026-03-10', { createdAt: at('2026-03-01'), closedAt: at('2026-03-10') });

  const lead = (ownerId: string, source: LeadSource, created: string, converted = false) =>
    db.lead.create({
      data: { id: newId(), name: `Lead ${Math.random()}`, ownerId, source, createdAt: at(created), ...(converted ? { status: 'CONVERTED', convertedAt: at(created) } : {}) },
    });
  await lead(repA.id, 'WEB_FORM', '2026-01-05', true);
  await lead(repA.id, 'WEB_FORM', '2026-01-06');
  await lead(repA.id, 'WEB_FORM', '2026-03-31');
  await lead(repA.id, 'REFERRAL', '2026-02-01', true);
  await lead(repA.id, 'REFERRAL', '2026-04-01', true); // after the period
  await lead(repB.id, 'WEB_FORM', '2026-02-02');
  await lead(repB.id, 'WEB_FORM', '2026-02-03');

  return { admin, manager, repA, repB, stages: { qual, needs, proposal, negotiation, won, lost }, custA, custB, east, region };
}

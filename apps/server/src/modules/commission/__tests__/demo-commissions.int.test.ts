import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { makeCustomer, makeUser } from '../../../seed/factories.ts';
import { seedDemoCommissions } from '../../../seed/demo-commissions.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';

/** The demo seed: two active CNY plans and the month before last closed, its snapshot consistent. */
describe('demo commissions', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('creates the plans and closes the month before last with a frozen statement per rep', async () => {
    const p = db.prisma;
    const [, , , , won] = await ensureDefaultStages(p);
    await makeUser(p, { role: 'ADMIN' });
    const rep = await makeUser(p, { role: 'SALES_REP' });
    const customer = await makeCustomer(p, { ownerId: rep.id });
    // 600000 CNY won on 2026-09-10: marginal 500000 × 2% + 100000 × 3% = 13000
    await makeOpportunity(p, { ownerId: rep.id, customerId: customer.id, stageId: won!.id, amount: '600000.00', closedAt: new Date('2026-09-10T08:00:00Z') });
    await seedDemoCommissions(p, new Date('2026-11-25T12:00:00Z'));
    expect((await p.commissionPlan.findMany({ where: { active: true } })).map((x) => x.role).sort()).toEqual(['SALES_MANAGER', 'SALES_REP']);
    expect((await p.commissionPeriod.findMany()).map((x) => x.periodStart.toISOString().slice(0, 10))).toEqual(['2026-09-01']);
    const statement = await p.commissionStatement.findUniqueOrThrow({ where: { periodStart_userId: { periodStart: new Date('2026-09-01T00:00:00Z'), userId: rep.id } }, include: { lines: true } });
    expect([statement.wonAmount.toFixed(2), statement.commission.toFixed(2), statement.lines.length]).toEqual(['600000.00', '13000.00', 1]);
  });
});

import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { bootstrapData } from '../bootstrap.ts';

/** The first start gives every database a pipeline, and the demo company a year of deals. */
describe('bootstrap: pipeline and demo deals', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('creates the default stages and ~300 consistent demo deals', async () => {
    await bootstrapData(db.prisma, { seedAdminEmail: 'admin@demo.local', seedAdminPassword: 'demo-pass-1', seedDemo: true });
    const p = db.prisma;
    expect(await p.pipelineStage.count()).toBe(6);
    expect(await p.opportunity.count()).toBe(300);
    const byKind = await p.opportunity.groupBy({ by: ['stageId'], _count: { _all: true } });
    expect(byKind.length).toBe(6);
    // closed deals have closedAt, open ones not; lost ones a reason; history ends in the current stage
    const deals = await p.opportunity.findMany({ include: { stage: true, stageChanges: { orderBy: { changedAt: 'asc' } } }, omit: { searchTokens: true } });
    for (const d of deals) {
      expect(d.closedAt === null).toBe(d.stage.kind === 'OPEN');
      expect(d.lostReason !== null).toBe(d.stage.kind === 'LOST');
      expect(d.stageChanges.at(-1)!.toStageId).toBe(d.stageId);
      expect(d.stageChanges[0].fromStageId).toBeNull();
      expect(d.probability).toBe(d.stage.probability);
      expect(d.stageChanges.every((c, i) => i === 0 || c.changedAt >= d.stageChanges[i - 1].changedAt)).toBe(true);
      expect(d.ownerId).not.toBeNull();
    }
    const currencies = new Set(deals.map((d) => d.currency));
    expect(currencies.has('CNY') && currencies.size > 2).toBe(true);
    const year = Date.now() - 366 * 86_400_000;
    expect(deals.filter((d) => d.closedAt && d.closedAt.getTime() > year).length).toBeGreaterThan(100);
    // a second start changes nothing
    expect(await bootstrapData(db.prisma, { seedAdminEmail: 'x@demo.local', seedAdminPassword: 'demo-pass-1', seedDemo: true })).toBe(false);
    expect(await p.pipelineStage.count()).toBe(6);
  });
});

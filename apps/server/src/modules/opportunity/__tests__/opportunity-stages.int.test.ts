import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { BOARD, CREATE, GET, MOVE, UPDATE, fieldsOf, stageIds } from './opportunity-api.ts';

describe('stage changes', () => {
  let server: TestServer;
  let rep: { id: string; token: string };
  let customerId: string;
  let stage: Record<string, string>;
  const create = async (name: string, extra: Record<string, unknown> = {}) =>
    (await server.gql(CREATE, { input: { name, customerId, amount: '1000', currency: 'CNY', expectedCloseDate: '2026-06-30', ...extra } }, rep.token)).data!.createOpportunity;
  const move = (deal: { id: string; version: number }, input: Record<string, unknown>) =>
    server.gql(MOVE, { id: deal.id, input: { version: deal.version, ...input } }, rep.token);
  /** Pretends the deal entered its stage `seconds` ago. */
  const age = (id: string, seconds: number) =>
    server.db.prisma.opportunity.update({ where: { id }, data: { stageEnteredAt: new Date(Date.now() - seconds * 1000) } });

  beforeAll(async () => {
    server = await startTestServer();
    await ensureDefaultStages(server.db.prisma);
    rep = await server.signIn('SALES_REP');
    customerId = (await makeCustomer(server.db.prisma, { ownerId: rep.id })).id;
    stage = await stageIds(server, rep.token);
  });
  afterAll(() => server.close());

  it('records each move with the seconds spent in the stage left, and takes the new default probability', async () => {
    const deal = await create('History deal');
    await age(deal.id, 3600);
    const moved = (await move(deal, { stageId: stage.Proposal })).data!.moveOpportunity;
    expect(moved).toMatchObject({ probability: 50, status: 'OPEN', version: 2, stage: { id: stage.Proposal } });
    expect(Date.now() - Date.parse(moved.stageEnteredAt)).toBeLessThan(60_000);
    await age(deal.id, 90);
    const overridden = (await move(moved, { stageId: stage.Negotiation, probability: 80 })).data!.moveOpportunity;
    expect(overridden.probability).toBe(80);
    const history = (await server.gql(GET, { id: deal.id }, rep.token)).data!.opportunity.stageHistory;
    expect(history.map((h: any) => [h.fromStage?.name ?? null, h.toStage.name])).toEqual([
      [null, '资格确认 Qualification'], ['资格确认 Qualification', '方案报价 Proposal'], ['方案报价 Proposal', '商务谈判 Negotiation'],
    ]);
    expect(history[1].secondsInFrom).toBeGreaterThanOrEqual(3600);
    expect(history[1].secondsInFrom).toBeLessThan(3660);
    expect(history[2].secondsInFrom).toBeGreaterThanOrEqual(90);
    expect(history[2].secondsInFrom).toBeLessThan(150);
  });

  it('requires a lost reason for LOST, storing nothing without one; closes and reopens', async () => {
    const deal = await create('Lost deal');
    const noReason = await move(deal, { stageId: stage.Lost });
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noReason)).toContain('input.lostReason');
    const blank = await move(deal, { stageId: stage.Lost, lostReason: '   ' });
    expect(fieldsOf(blank)).toContain('input.lostReason');
    const unchanged = (await server.gql(GET, { id: deal.id }, rep.token)).data!.opportunity;
    expect(unchanged).toMatchObject({ version: 1, status: 'OPEN', stageHistory: [expect.anything()] });

    const lost = (await move(deal, { stageId: stage.Lost, lostReason: '价格太高 Price' })).data!.moveOpportunity;
    expect(lost).toMatchObject({ status: 'LOST', probability: 0, lostReason: '价格太高 Price', weightedAmount: { amount: '0.00' } });
    expect(lost.closedAt).not.toBeNull();
    const badProbability = await move(lost, { stageId: stage.Won, probability: 60 });
    expect(fieldsOf(badProbability)).toContain('input.probability');
    const won = (await move(lost, { stageId: stage.Won })).data!.moveOpportunity;
    expect(won).toMatchObject({ status: 'WON', probability: 100, lostReason: null, weightedAmount: { amount: '1000.00' } });
    const reopened = (await move(won, { stageId: stage['Needs analysis'] })).data!.moveOpportunity;
    expect(reopened).toMatchObject({ status: 'OPEN', probability: 20, closedAt: null, lostReason: null });
  });

  it('applies the same rules when the edit form changes the stage', async () => {
    const deal = await create('Edited deal');
    const noReason = await server.gql(UPDATE, { id: deal.id, input: { version: 1, stageId: stage.Lost } }, rep.token);
    expect(fieldsOf(noReason)).toContain('input.lostReason');
    const won = await server.gql(UPDATE, { id: deal.id, input: { version: 1, stageId: stage.Won, amount: '2000.50' } }, rep.token);
    expect(won.data!.updateOpportunity).toMatchObject({ status: 'WON', probability: 100, amount: { amount: '2000.50' } });
    expect(won.data!.updateOpportunity.closedAt).not.toBeNull();
    const same = await server.gql(UPDATE, { id: deal.id, input: { version: 2, name: 'Renamed won deal' } }, rep.token);
    expect(same.data!.updateOpportunity).toMatchObject({ status: 'WON', closedAt: won.data!.updateOpportunity.closedAt });
    const history = (await server.gql(GET, { id: deal.id }, rep.token)).data!.opportunity.stageHistory;
    expect(history).toHaveLength(2);
  });

  it('refuses inactive and unknown stages', async () => {
    const admin = await server.signIn('ADMIN');
    const created = await server.gql('mutation { createPipelineStage(input: { name: "Dormant", probability: 30 }) { id version } }', {}, admin.token);
    const dormant = created.data!.createPipelineStage;
    await server.gql('mutation($id: ID!, $v: Int!) { updatePipelineStage(id: $id, input: { version: $v, active: false }) { id } }', { id: dormant.id, v: dormant.version }, admin.token);
    const deal = await create('Stage checks');
    expect(fieldsOf(await move(deal, { stageId: dormant.id }))).toContain('input.stageId');
    expect(fieldsOf(await move(deal, { stageId: '2b1c7c55-0000-4000-8000-000000000000' }))).toContain('input.stageId');
  });

  it('places cards between neighbours in board order', async () => {
    const [a, b, c] = [await create('Rank A'), await create('Rank B'), await create('Rank C')];
    const column = async () => {
      const res = await server.gql(BOARD, { filter: { search: 'Rank' } }, rep.token);
      return res.data!.opportunityBoard.columns.find((col: any) => col.stage.id === stage.Qualification).opportunities.map((o: any) => o.name);
    };
    expect(await column()).toEqual(['Rank C', 'Rank B', 'Rank A']); // new deals go on top
    await move(a, { stageId: stage.Qualification, afterId: c.id, beforeId: b.id });
    expect(await column()).toEqual(['Rank C', 'Rank A', 'Rank B']);
    await move(c, { stageId: stage.Qualification, afterId: b.id });
    expect(await column()).toEqual(['Rank A', 'Rank B', 'Rank C']);
    const history = (await server.gql(GET, { id: a.id }, rep.token)).data!.opportunity.stageHistory;
    expect(history).toHaveLength(1); // reordering within a stage is not a stage change
    const wrong = await move({ id: b.id, version: 1 }, { stageId: stage.Proposal, afterId: c.id });
    expect(fieldsOf(wrong)).toContain('input.afterId');
  });

  it('keeps ordering when bisection runs out of precision', async () => {
    const [low, high, mover] = [await create('Dense low'), await create('Dense high'), await create('Dense mover')];
    await server.db.prisma.opportunity.update({ where: { id: high.id }, data: { rank: -1e9 } });
    await server.db.prisma.opportunity.update({ where: { id: low.id }, data: { rank: -1e9 - 1e-7 } });
    const res = await move(mover, { stageId: stage.Qualification, afterId: low.id, beforeId: high.id });
    expect(res.errors).toBeUndefined();
    const names = (await server.gql(BOARD, { filter: { search: 'Dense' } }, rep.token)).data!.opportunityBoard.columns[0].opportunities.map((o: any) => o.name);
    expect(names).toEqual(['Dense low', 'Dense mover', 'Dense high']);
  });
});

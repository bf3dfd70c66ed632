import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { CLOSE, JAN, REOPEN, STATEMENT, STATEMENTS, seedCommissions } from './commission-fixture.ts';

type Fixture = Awaited<ReturnType<typeof seedCommissions>>;
type Res = Awaited<ReturnType<TestServer['gql']>>;

const UPDATE = 'mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id version amount { amount } } }';
const MOVE = 'mutation($id: ID!, $input: MoveOpportunityInput!) { moveOpportunity(id: $id, input: $input) { id stage { kind } } }';
const CREATE = 'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }';
const DELETE = 'mutation($id: ID!) { deleteOpportunity(id: $id) { id } }';
const conflictField = (res: Res) => {
  expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect(res.errors![0].extensions!.reason).toBe('PERIOD_CLOSED');
  return res.errors![0].extensions!.field;
};
const badFields = (res: Res) => {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions!.fields;
};

/** Closing a month: one snapshot, read back frozen; the month's deals locked until an admin reopens it. */
describe('closing commission periods', () => {
  let server: TestServer;
  let f: Fixture;
  const repAJan = async (token = f.repA.token) => {
    const res = await server.gql(STATEMENT, { u: f.repA.id, p: JAN }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.commissionStatement;
  };
  const dealRow = (id: string) => server.db.prisma.opportunity.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedCommissions(server);
  });
  afterAll(() => server.close());

  it('only commission:manage closes; a rep or manager is FORBIDDEN and nothing is stored', async () => {
    for (const who of [f.repA, f.manager]) expect((await server.gql(CLOSE, { p: JAN }, who.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.commissionPeriod.count()).toBe(0);
    expect(badFields(await server.gql(CLOSE, { p: '2099-01-01' }, f.admin.token))).toEqual([{ field: 'periodStart', message: 'the month has not started yet' }]);
  });

  it('snapshots every user’s statement and lines in one go; closing twice is CONFLICT PERIOD_CLOSED', async () => {
    const live = await repAJan();
    const closed = await server.gql(CLOSE, { p: JAN }, f.admin.token);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeCommissionPeriod).toEqual({ periodStart: JAN, closedById: f.admin.id, statementCount: 4 });
    expect(await server.db.prisma.commissionLine.count()).toBe(6); // rep A 4 (AUD included), rep B 1, manager 1
    const frozen = await repAJan();
    expect(frozen.closed).toBe(true);
    expect({ ...frozen, closed: false }).toEqual(live);
    expect(conflictField(await server.gql(CLOSE, { p: JAN }, f.admin.token))).toBe('periodStart');
    expect(await server.db.prisma.auditLog.count({ where: { entity: 'CommissionPeriod', entityId: JAN, action: 'CLOSED' } })).toBe(1);
  });

  it('reads a closed month from the snapshot: a new rate changes nothing', async () => {
    await server.db.prisma.currencyRate.update({ where: { currency: 'USD' }, data: { rate: '8' } });
    const s = await repAJan();
    expect(s.commission.amount).toBe('17000.00');
    expect(s.lines[1].amount.amount).toBe('71000.00');
    expect(s.lines[2]).toMatchObject({ unconverted: true, amount: null, originalAmount: { amount: '5000.00', currency: 'AUD' } });
    const list = (await server.gql(STATEMENTS, { p: JAN }, f.manager.token)).data!.commissionStatements;
    expect(new Set(list.map((r: { userId: string }) => r.userId))).toEqual(new Set([f.repA.id, f.repC.id, f.manager.id]));
    expect(list.every((r: { closed: boolean }) => r.closed)).toBe(true);
    expect((await server.gql(STATEMENT, { u: f.repB.id, p: JAN }, f.repA.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('locks the month’s deals: stage, amount, currency, owner and deletion are CONFLICT naming the field, nothing stored', async () => {
    const a1 = f.deals.a1;
    expect(conflictField(await server.gql(UPDATE, { id: a1.id, input: { version: 1, amount: '1.00' } }, f.repA.token))).toBe('input.amount');
    expect(conflictField(await server.gql(UPDATE, { id: a1.id, input: { version: 1, currency: 'USD' } }, f.repA.token))).toBe('input.currency');
    expect(conflictField(await server.gql(UPDATE, { id: a1.id, input: { version: 1, ownerId: f.repC.id } }, f.manager.token))).toBe('input.ownerId');
    expect(conflictField(await server.gql(UPDATE, { id: a1.id, input: { version: 1, stageId: f.stages.qual.id } }, f.repA.token))).toBe('input.stageId');
    expect(conflictField(await server.gql(MOVE, { id: a1.id, input: { version: 1, stageId: f.stages.proposal.id } }, f.repA.token))).toBe('input.stageId');
    expect(conflictField(await server.gql(DELETE, { id: a1.id }, f.manager.token))).toBe('deletedAt');
    const row = await dealRow(a1.id);
    expect([row.amount.toFixed(2), row.currency, row.ownerId, row.stageId, row.deletedAt, row.version]).toEqual(['80000.00', 'CNY', f.repA.id, f.stages.won.id, null, 1]);
    // other fields may still change, and the same amount is no change
    const renamed = await server.gql(UPDATE, { id: a1.id, input: { version: 1, name: 'A1 renamed', amount: '80000' } }, f.repA.token);
    expect(renamed.errors).toBeUndefined();
  });

  it('refuses close dates in a closed month: create, update and winning (BAD_USER_INPUT input.expectedCloseDate)', async () => {
    const before = await server.db.prisma.opportunity.count();
    const created = await server.gql(CREATE, { input: { name: 'Backdated', customerId: f.custA.id, amount: '10', currency: 'CNY', expectedCloseDate: '2026-01-20' } }, f.repA.token);
    expect(badFields(created)).toEqual([{ field: 'input.expectedCloseDate', message: 'close date in a closed period' }]);
    expect(await server.db.prisma.opportunity.count()).toBe(before);
    const open = f.deals.open;
    expect(badFields(await server.gql(MOVE, { id: open.id, input: { version: 1, stageId: f.stages.won.id } }, f.repA.token))![0]!.field).toBe('input.expectedCloseDate');
    expect((await dealRow(open.id)).stageId).toBe(f.stages.proposal.id);
    const moved = await server.gql(UPDATE, { id: open.id, input: { version: 1, expectedCloseDate: '2026-12-20' } }, f.repA.token);
    expect(moved.errors).toBeUndefined();
    const back = await server.gql(UPDATE, { id: open.id, input: { version: 2, expectedCloseDate: '2026-01-31' } }, f.repA.token);
    expect(badFields(back)![0]!.field).toBe('input.expectedCloseDate');
    // an open month is not locked
    const feb = await server.gql(CREATE, { input: { name: 'February', customerId: f.custA.id, amount: '10', currency: 'CNY', expectedCloseDate: '2026-02-20' } }, f.repA.token);
    expect(feb.errors).toBeUndefined();
  });

  it('reopening (admin only, audited) deletes the snapshot: live figures at today’s rates, deals unlocked', async () => {
    expect((await server.gql(REOPEN, { p: JAN }, f.manager.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(REOPEN, { p: '2026-03-01' }, f.admin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(REOPEN, { p: JAN }, f.admin.token)).data!.reopenCommissionPeriod).toBe(true);
    expect(await server.db.prisma.commissionStatement.count()).toBe(0);
    expect(await server.db.prisma.commissionLine.count()).toBe(0);
    expect(await server.db.prisma.auditLog.count({ where: { entity: 'CommissionPeriod', entityId: JAN, action: 'REOPENED' } })).toBe(1);
    // 80000 + 10000 × 8 + 199000 = 359000 → 3000 + 10000 + 59000 × 8% = 17720
    const live = await repAJan();
    expect([live.closed, live.won.amount, live.commission.amount]).toEqual([false, '359000.00', '17720.00']);
    const a1 = await dealRow(f.deals.a1.id);
    expect((await server.gql(UPDATE, { id: a1.id, input: { version: a1.version, amount: '1.00' } }, f.repA.token)).errors).toBeUndefined();
  });
});

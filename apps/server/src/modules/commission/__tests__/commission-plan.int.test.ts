import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { PLAN, TIERS } from './commission-fixture.ts';

const UPDATE = `mutation($id: ID!, $input: UpdateCommissionPlanInput!) { updateCommissionPlan(id: $id, input: $input) {
  id name role currency mode active version tiers { fromAmount ratePercent } } }`;
const LIST = '{ commissionPlans { id role active } }';

/** Plans: validation naming `input.tiers[i].field`, one active plan per role, versions and audit. */
describe('commission plans', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  const create = (input: Record<string, unknown>, token = admin.token) =>
    server.gql(PLAN, { input: { name: 'Plan', role: 'SALES_REP', currency: 'CNY', tiers: TIERS, ...input } }, token);
  const fields = async (input: Record<string, unknown>) => {
    const res = await create(input);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return res.errors![0].extensions!.fields!.map((e) => e.field);
  };

  beforeAll(async () => {
    server = await startTestServer();
    await server.db.prisma.currencyRate.create({ data: { currency: 'USD', rate: '7.1' } });
    admin = await server.signIn('ADMIN');
  });
  afterAll(() => server.close());

  it('names the offending field and stores nothing', async () => {
    expect(await fields({ tiers: [{ fromAmount: '0', ratePercent: '3' }, { fromAmount: '0', ratePercent: '5' }] })).toEqual(['input.tiers[1].fromAmount']);
    expect(await fields({ tiers: [{ fromAmount: '0', ratePercent: '3' }, { fromAmount: '200000', ratePercent: '5' }, { fromAmount: '100000', ratePercent: '8' }] })).toEqual(['input.tiers[2].fromAmount']);
    expect(await fields({ tiers: [{ fromAmount: '10', ratePercent: '3' }] })).toEqual(['input.tiers[0].fromAmount']);
    expect(await fields({ tiers: [{ fromAmount: '0', ratePercent: '100.01' }] })).toEqual(['input.tiers[0].ratePercent']);
    expect(await fields({ tiers: [{ fromAmount: '0', ratePercent: '-1' }, { fromAmount: 'x', ratePercent: '3' }] })).toEqual(['input.tiers[0].ratePercent', 'input.tiers[1].fromAmount']);
    expect(await fields({ tiers: [] })).toEqual(['input.tiers']);
    expect(await fields({ currency: 'XYZ' })).toEqual(['input.currency']);
    expect(await fields({ currency: 'AUD' })).toEqual(['input.currency']); // no exchange rate
    expect(await fields({ name: ' ' })).toEqual(['input.name']);
    expect(await fields({ role: 'PARTNER' })).toEqual(['input.role']);
    expect(await server.db.prisma.commissionPlan.count()).toBe(0);
  });

  it('keeps at most one active plan per role: activating one deactivates the other, audited', async () => {
    const first = (await create({ name: 'Reps A', currency: 'usd', tiers: [{ fromAmount: '0', ratePercent: '2.5' }] })).data!.createCommissionPlan;
    expect(first).toMatchObject({ role: 'SALES_REP', currency: 'USD', mode: 'MARGINAL', active: true, version: 1, tiers: [{ fromAmount: '0.00', ratePercent: '2.50' }] });
    const second = (await create({ name: 'Reps B', mode: 'WHOLE' })).data!.createCommissionPlan;
    expect(second.tiers).toEqual([{ fromAmount: '0.00', ratePercent: '3.00' }, { fromAmount: '100000.00', ratePercent: '5.00' }, { fromAmount: '300000.00', ratePercent: '8.00' }]);
    const manager = (await create({ name: 'Managers', role: 'SALES_MANAGER' })).data!.createCommissionPlan;
    const active = async () => (await server.gql(LIST, {}, admin.token)).data!.commissionPlans.filter((p: { active: boolean }) => p.active).map((p: { id: string }) => p.id).sort();
    expect(await active()).toEqual([second.id, manager.id].sort());
    const back = await server.gql(UPDATE, { id: first.id, input: { version: 2, active: true } }, admin.token); // version 2: deactivating it counted as a change
    expect(back.data!.updateCommissionPlan).toMatchObject({ active: true, version: 3 });
    expect(await active()).toEqual([first.id, manager.id].sort());
    const audit = await server.db.prisma.auditLog.findMany({ where: { entity: 'CommissionPlan', entityId: second.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['CREATED', 'UPDATED']);
    expect(audit[1]!.changes).toEqual([{ field: 'active', from: 'true', to: 'false' }]);
  });

  it('updates tiers with the version; a stale version is CONFLICT; deleting is audited', async () => {
    const plan = (await create({ name: 'Editable', role: 'SERVICE_AGENT' })).data!.createCommissionPlan;
    const edited = await server.gql(UPDATE, { id: plan.id, input: { version: 1, tiers: [{ fromAmount: '0', ratePercent: '1' }, { fromAmount: '5000', ratePercent: '2' }] } }, admin.token);
    expect(edited.data!.updateCommissionPlan.tiers).toEqual([{ fromAmount: '0.00', ratePercent: '1.00' }, { fromAmount: '5000.00', ratePercent: '2.00' }]);
    const stale = await server.gql(UPDATE, { id: plan.id, input: { version: 1, name: 'Late' } }, admin.token);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const bad = await server.gql(UPDATE, { id: plan.id, input: { version: 2, tiers: [{ fromAmount: '0', ratePercent: '1' }, { fromAmount: '0', ratePercent: '2' }] } }, admin.token);
    expect(bad.errors![0].extensions!.fields!.map((e) => e.field)).toEqual(['input.tiers[1].fromAmount']);
    expect((await server.gql('mutation($id: ID!) { deleteCommissionPlan(id: $id) }', { id: plan.id }, admin.token)).data!.deleteCommissionPlan).toBe(true);
    expect(await server.db.prisma.commissionTier.count({ where: { planId: plan.id } })).toBe(0);
    expect(await server.db.prisma.auditLog.count({ where: { entity: 'CommissionPlan', entityId: plan.id, action: 'DELETED' } })).toBe(1);
    expect((await server.gql(UPDATE, { id: plan.id, input: { version: 2, name: 'x' } }, admin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('only commission:manage sees or edits plans', async () => {
    for (const role of ['SALES_MANAGER', 'SALES_REP'] as const) {
      const user = await server.signIn(role);
      expect((await server.gql(LIST, {}, user.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await create({}, user.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

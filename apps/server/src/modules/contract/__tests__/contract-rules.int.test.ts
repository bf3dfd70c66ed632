import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import type { Scope } from '../../../core/auth/scope.ts';
import { makeCustomer, makeDepartment, makePartner } from '../../../seed/factories.ts';
import type { Viewer } from '../../../core/auth/viewer.ts';
import { addDays, contractStatus, ContractStatus } from '../contract-status.ts';
import { makeContract } from './contract-factories.ts';

/**
 * The rules below the API: the status derivation and its SQL twin agree at every boundary,
 * the scope's Prisma where and SQL agree, renewal is all or nothing, entitlements are consumed
 * without passing their quantity, and the renewal sweeper creates each reminder once.
 */
describe('contract rules', () => {
  let server: TestServer;
  let owner: { id: string; token: string };
  let customer: string;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await server.signIn('SALES_REP');
    customer = (await makeCustomer(server.db.prisma, { name: 'Rules Co', ownerId: owner.id })).id;
  });
  afterAll(() => server.close());

  const all: Scope = { kind: 'all', userId: crypto.randomUUID(), role: 'ADMIN' };
  const viewerOf = (id: string): Viewer => ({ id, email: 'x@test.local', name: 'X', role: 'SALES_REP', departmentId: null, partnerId: null, locale: 'en', sessionId: 's', apiKeyId: null, permissions: [], visibility: {}, departmentIds: [], shared: { customer: [], opportunity: [], contract: [] } });

  it('the status filter in SQL and the status derivation agree at endDate − N − 1, − N, the end date and + 1', async () => {
    const db = server.db.prisma;
    const other = (await makeCustomer(db)).id;
    const rows = [];
    for (const notice of [0, 1, 30, 365]) {
      for (const state of ['ACTIVE', 'DRAFT', 'RENEWED', 'TERMINATED'] as const) {
        rows.push(await makeContract(db, { customerId: other, state, renewalNoticeDays: notice }, { start: '2025-01-01', end: '2026-03-31' }));
      }
    }
    const days = ['2025-03-30', '2025-03-31', '2026-01-29', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-30', '2026-03-31', '2026-04-01', '2027-01-01'];
    for (const today of days) {
      for (const status of Object.values(ContractStatus)) {
        const { rows: found } = await server.services.contract.repo.list(all, { filter: { customerId: other, status }, field: 'endDate' as never, direction: 'asc', after: null, take: 100, today });
        const expected = rows.filter((r) => contractStatus({ state: r.state, endDate: '2026-03-31', renewalNoticeDays: r.renewalNoticeDays }, today) === status).map((r) => r.id).sort();
        expect([today, status, found.map((r) => r.id).sort()]).toEqual([today, status, expected]);
      }
    }
    // the boundaries by hand, notice 30: 03-01 is endDate − 30
    const n30 = rows.find((r) => r.renewalNoticeDays === 30 && r.state === 'ACTIVE')!;
    const at = (today: string) => contractStatus({ state: 'ACTIVE', endDate: '2026-03-31', renewalNoticeDays: 30 }, today);
    expect([at('2026-02-28'), at('2026-03-01'), at('2026-03-31'), at('2026-04-01')]).toEqual(['ACTIVE', 'EXPIRING', 'EXPIRING', 'EXPIRED']);
    expect(n30).toBeDefined();
  });

  it('the scope’s Prisma where and SQL twin see the same contracts for every kind of scope', async () => {
    const db = server.db.prisma;
    const dept = await makeDepartment(db);
    const a = await server.signIn('SALES_REP', { departmentId: dept.id });
    const b = await server.signIn('SALES_REP');
    const partner = await makePartner(db);
    await makeContract(db, { customerId: customer, ownerId: a.id });
    await makeContract(db, { customerId: customer, ownerId: b.id, partnerId: partner.id });
    await makeContract(db, { customerId: customer, ownerId: null });
    const scopes: Scope[] = [
      all,
      { kind: 'department', userId: a.id, role: 'SALES_MANAGER', userIds: [a.id, owner.id] },
      { kind: 'own', userId: a.id, role: 'SALES_REP' },
      { kind: 'own', userId: b.id, role: 'SALES_REP' },
      { kind: 'partner', userId: b.id, role: 'PARTNER', partnerId: partner.id },
      { kind: 'partner', userId: b.id, role: 'PARTNER', partnerId: null },
    ];
    const sizes = [];
    for (const scope of scopes) {
      const viaPrisma = await server.services.contract.repo.visibleIdsPrisma(scope);
      expect(await server.services.contract.repo.visibleIdsSql(scope)).toEqual(viaPrisma);
      sizes.push(viaPrisma.length);
    }
    expect(sizes.slice(2)).toEqual([1, 1, 1, 0]);
  });

  it('renew: copies entitlements with nothing used, marks the old RENEWED; a failure inside stores nothing; twice is ALREADY_RENEWED', async () => {
    const db = server.db.prisma;
    const svc = server.services.contract;
    const old = await makeContract(db, { customerId: customer, ownerId: owner.id, state: 'ACTIVE', value: '5000.00', renewalNoticeDays: 15 }, { start: '2026-01-01', end: '2026-06-30' });
    await db.contractEntitlement.create({ data: { id: crypto.randomUUID(), contractId: old.id, name: 'Visits', quantity: 4, used: 3, responseHours: 8 } });
    const scope: Scope = { kind: 'own', userId: owner.id, role: 'SALES_REP' };
    const count = async () => [await db.contract.count(), await db.contractEntitlement.count(), await db.auditLog.count(), (await db.documentCounter.findMany()).map((c) => c.value).join()];
    const before = await count();
    const copy = svc.repo.copyEntitlements;
    svc.repo.copyEntitlements = async () => { throw new Error('disk full'); }; // fails after the old one is marked and the new one written
    await expect(svc.renew(viewerOf(owner.id), scope, old.id, { endDate: '2026-12-31' })).rejects.toThrow('disk full');
    svc.repo.copyEntitlements = copy;
    expect(await count()).toEqual(before);
    expect((await db.contract.findUniqueOrThrow({ where: { id: old.id } })).state).toBe('ACTIVE');
    await expect(svc.renew(viewerOf(owner.id), scope, old.id, { endDate: '2026-06-30', startDate: '2026-07-01' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.endDate' }] } });
    expect(await count()).toEqual(before);

    const next = await svc.renew(viewerOf(owner.id), scope, old.id, { endDate: '2026-12-31', activate: false });
    expect(next).toMatchObject({ state: 'DRAFT', startDate: '2026-07-01', endDate: '2026-12-31', renewedFromId: old.id, renewalNoticeDays: 15, signedDate: null });
    expect(next.valueAmount.toFixed(2)).toBe('5000.00');
    expect((await db.contractEntitlement.findMany({ where: { contractId: next.id } })).map((e) => [e.name, e.quantity, e.used, e.responseHours])).toEqual([['Visits', 4, 0, 8]]);
    expect((await db.contract.findUniqueOrThrow({ where: { id: old.id } })).state).toBe('RENEWED');
    await expect(svc.renew(viewerOf(owner.id), scope, old.id, { endDate: '2027-12-31' })).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ALREADY_RENEWED' } });
    // a DRAFT cannot be renewed; terminating needs a reason
    await expect(svc.renew(viewerOf(owner.id), scope, next.id, { endDate: '2027-12-31' })).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'NOT_ACTIVE' } });
    await expect(svc.terminate(viewerOf(owner.id), scope, next.id, next.version, '')).rejects.toMatchObject({ extensions: { fields: [{ field: 'reason' }] } });
  });

  it('two renewals at once: exactly one wins', async () => {
    const db = server.db.prisma;
    const old = await makeContract(db, { customerId: customer, ownerId: owner.id, state: 'ACTIVE' });
    const scope: Scope = { kind: 'own', userId: owner.id, role: 'SALES_REP' };
    const results = await Promise.allSettled([0, 1].map(() => server.services.contract.renew(viewerOf(owner.id), scope, old.id, { endDate: '2027-12-31' })));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.contract.count({ where: { renewedFromId: old.id } })).toBe(1);
  });

  it('consumeEntitlement refuses to go beyond the quantity and changes nothing then', async () => {
    const db = server.db.prisma;
    const svc = server.services.contractEntitlement;
    const c = await makeContract(db, { customerId: customer, ownerId: owner.id, state: 'ACTIVE' });
    const limited = await db.contractEntitlement.create({ data: { id: crypto.randomUUID(), contractId: c.id, name: 'Visits', quantity: 4, used: 2 } });
    const unlimited = await db.contractEntitlement.create({ data: { id: crypto.randomUUID(), contractId: c.id, name: 'Hotline', quantity: null, used: 0 } });
    const tx = <T>(fn: (tx: any) => Promise<T>) => db.$transaction(fn);
    expect(await tx((t) => svc.consumeEntitlement(t, limited.id, 1))).toMatchObject({ used: 3, remaining: 1 });
    await expect(tx((t) => svc.consumeEntitlement(t, limited.id, 2))).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ENTITLEMENT_EXHAUSTED', remaining: 1 } });
    expect(await tx((t) => svc.consumeEntitlement(t, limited.id, 1))).toMatchObject({ used: 4, remaining: 0 });
    await expect(tx((t) => svc.consumeEntitlement(t, limited.id, 1))).rejects.toMatchObject({ extensions: { reason: 'ENTITLEMENT_EXHAUSTED', remaining: 0 } });
    expect((await db.contractEntitlement.findUniqueOrThrow({ where: { id: limited.id } })).used).toBe(4);
    expect(await tx((t) => svc.consumeEntitlement(t, unlimited.id, 1000))).toMatchObject({ used: 1000, remaining: null });
    await expect(tx((t) => svc.consumeEntitlement(t, unlimited.id, 0))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'units' }] } });
    await expect(tx((t) => svc.consumeEntitlement(t, crypto.randomUUID(), 1))).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    // rolled back with the caller's transaction
    await expect(tx(async (t) => {
      await svc.consumeEntitlement(t, unlimited.id, 5);
      throw new Error('service request failed');
    })).rejects.toThrow('service request failed');
    expect((await db.contractEntitlement.findUniqueOrThrow({ where: { id: unlimited.id } })).used).toBe(1000);
  });

  it('the renewal sweeper creates one task per contract when its notice period starts, and nothing on a second sweep', async () => {
    const db = server.db.prisma;
    const rep = await server.signIn('SALES_REP');
    const cust = (await makeCustomer(db, { name: 'Sweep Co', ownerId: rep.id })).id;
    const mk = (number: string, end: string, notice: number, state: 'ACTIVE' | 'DRAFT' | 'TERMINATED' = 'ACTIVE', ownerId: string | null = rep.id) =>
      makeContract(db, { customerId: cust, ownerId, state, number, title: `Title ${number}`, renewalNoticeDays: notice }, { start: '2025-01-01', end });
    await db.contract.updateMany({ data: { renewalReminderAt: new Date('2020-01-01T00:00:00Z') } }); // earlier tests' contracts are not this test's business
    await mk('C-S-30', '2026-03-31', 30); // notice starts 03-01
    await mk('C-S-10', '2026-03-31', 10); // notice starts 03-21
    await mk('C-S-LATE', '2026-03-05', 30); // notice started 02-03, never swept: due today
    await mk('C-S-DRAFT', '2026-03-31', 30, 'DRAFT');
    await mk('C-S-ENDED', '2026-03-31', 30, 'TERMINATED');
    await mk('C-S-NOBODY', '2026-03-31', 30, 'ACTIVE', null);
    const sweep = (at: string) => server.services.contractReminder.sweep(new Date(at));
    expect(await sweep('2026-02-02T23:59:00Z')).toBe(0);
    expect(await sweep('2026-02-28T12:00:00Z')).toBe(1); // only the late one
    expect(await sweep('2026-03-01T08:00:00Z')).toBe(1); // the 30-day one
    expect(await sweep('2026-03-01T08:05:00Z')).toBe(0); // idempotent
    expect(await sweep('2026-03-20T10:00:00Z')).toBe(0);
    expect(await sweep('2026-03-21T00:00:00Z')).toBe(1); // the 10-day one
    expect(await sweep('2026-05-01T00:00:00Z')).toBe(0);
    const tasks = await db.activity.findMany({ where: { customerId: cust }, orderBy: { dueAt: 'asc' } });
    expect(tasks.map((a) => [a.kind, a.subject, a.dueAt!.toISOString(), a.remindAt!.toISOString(), a.ownerId, a.done])).toEqual([
      ['TASK', 'Renew contract C-S-LATE Title C-S-LATE (ends 2026-03-05)', '2026-02-28T09:00:00.000Z', '2026-02-28T09:00:00.000Z', rep.id, false],
      ['TASK', 'Renew contract C-S-30 Title C-S-30 (ends 2026-03-31)', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', rep.id, false],
      ['TASK', 'Renew contract C-S-10 Title C-S-10 (ends 2026-03-31)', '2026-03-21T09:00:00.000Z', '2026-03-21T09:00:00.000Z', rep.id, false],
    ]);
    expect(await db.activityAttendee.count({ where: { activityId: { in: tasks.map((t) => t.id) } } })).toBe(0); // tasks have no attendees
    const reminded = await db.contract.findMany({ where: { customerId: cust, renewalReminderAt: { not: null } }, select: { number: true } });
    expect(reminded.map((c) => c.number).sort()).toEqual(['C-S-10', 'C-S-30', 'C-S-LATE']);
    // in the owner's reminders bell and on the customer's timeline
    const bell = await server.gql('{ myReminders { subject customer { id } } }', {}, rep.token);
    expect(bell.data!.myReminders.filter((a: any) => a.customer?.id === cust)).toHaveLength(3);
    const timeline = await db.auditLog.findMany({ where: { customerId: cust, entity: 'Activity', action: 'CREATED' } });
    expect(timeline.map((a) => a.entityId).sort()).toEqual(tasks.map((t) => t.id).sort());
    // a changed end date on an ACTIVE contract earns a new reminder
    const c30 = await db.contract.findFirstOrThrow({ where: { number: 'C-S-30' } });
    await server.services.contract.update(viewerOf(rep.id), { kind: 'own', userId: rep.id, role: 'SALES_REP' }, c30.id, { version: c30.version, endDate: '2026-06-30' });
    expect(await sweep('2026-05-30T00:00:00Z')).toBe(0);
    expect(await sweep('2026-05-31T00:00:00Z')).toBe(1);
    expect(addDays('2026-06-30', -30)).toBe('2026-05-31');
  });
});

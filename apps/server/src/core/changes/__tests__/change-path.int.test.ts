import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { recordChange } from '../change.ts';

/**
 * The change path (issue 9 item 1): every change writes its audit row (the timeline entry)
 * and its domain events in the outbox, in the change's own transaction: a rolled-back change
 * leaves neither, and the events of one record come out in the order they happened.
 */
describe('the change path writes audit rows and outbox events together', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let rep: { id: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    await ensureDefaultStages(server.db.prisma);
    admin = await server.signIn('ADMIN');
    rep = await server.signIn('SALES_REP');
  });
  afterAll(() => server.close());

  const eventsAbout = (entityId: string) =>
    server.db.prisma.outboxEvent.findMany({ where: { entityId }, orderBy: { seq: 'asc' } });

  it('records a customer created, updated with a new owner and deleted through the API', async () => {
    const created = await server.gql<{ createCustomer: { id: string; version: number } }>(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }',
      { input: { name: '变更路径有限公司' } },
      admin.token,
    );
    const id = created.data!.createCustomer.id;
    const updated = await server.gql(
      'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }',
      { id, input: { version: created.data!.createCustomer.version, ownerId: rep.id, phone: '13800000000' } },
      admin.token,
    );
    expect(updated.errors).toBeUndefined();
    await server.gql('mutation($id: ID!) { deleteCustomer(id: $id) { deletedAt } }', { id }, admin.token);

    const events = await eventsAbout(id);
    expect(events.map((e) => e.type)).toEqual(['customer.created', 'customer.updated', 'customer.owner_changed', 'customer.deleted']);
    expect(events.every((e) => e.actorId === admin.id && e.customerId === id && e.entity === 'Customer')).toBe(true);
    const update = events[1]!;
    expect(update.changes).toEqual(expect.arrayContaining([{ field: 'ownerId', from: admin.id, to: rep.id }, { field: 'phone', from: null, to: '13800000000' }]));

    // each change's first event carries its audit row's id; the implied event has its own
    const audits = await server.db.prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual(['CREATED', 'UPDATED', 'DELETED']);
    expect([events[0]!.id, events[1]!.id, events[3]!.id]).toEqual(audits.map((a) => a.id));
    expect(audits.map((a) => a.id)).not.toContain(events[2]!.id);
  });

  it('records a deal moved to another stage as updated and stage_changed', async () => {
    const customer = await makeCustomer(server.db.prisma, { ownerId: rep.id });
    const stages = await server.gql<{ pipelineStages: { id: string; kind: string }[] }>('{ pipelineStages { id kind } }', {}, rep.token);
    const open = stages.data!.pipelineStages.filter((s) => s.kind === 'OPEN');
    const deal = await server.gql<{ createOpportunity: { id: string; version: number } }>(
      'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }',
      { input: { name: 'Outbox deal', customerId: customer.id, amount: '1000.00', currency: 'CNY', expectedCloseDate: '2027-01-31' } },
      rep.token,
    );
    expect(deal.errors).toBeUndefined();
    const { id, version } = deal.data!.createOpportunity;
    const moved = await server.gql(
      'mutation($id: ID!, $input: MoveOpportunityInput!) { moveOpportunity(id: $id, input: $input) { id } }',
      { id, input: { stageId: open[1]!.id, version } },
      rep.token,
    );
    expect(moved.errors).toBeUndefined();
    const types = (await eventsAbout(id)).map((e) => e.type);
    expect(types).toEqual(['opportunity.created', 'opportunity.updated', 'opportunity.stage_changed']);
  });

  it('leaves no audit row and no event when the change rolls back', async () => {
    const customer = await makeCustomer(server.db.prisma, {});
    const failed = server.db.prisma.$transaction(async (tx) => {
      await recordChange(tx, { actorId: admin.id, action: 'UPDATED', entity: 'Customer', entityId: customer.id, customerId: customer.id, changes: [{ field: 'name', from: 'a', to: 'b' }] });
      throw new Error('the change itself failed');
    });
    await expect(failed).rejects.toThrow('the change itself failed');
    expect(await eventsAbout(customer.id)).toEqual([]);
    expect(await server.db.prisma.auditLog.count({ where: { entityId: customer.id } })).toBe(0);
  });

  it('records the pool sweep as system changes, one event per released customer', async () => {
    await server.gql('mutation { updatePoolSettings(autoReleaseDays: 30) { autoReleaseDays } }', {}, admin.token);
    const idle = await makeCustomer(server.db.prisma, { ownerId: rep.id, lastActivityAt: new Date('2020-01-01T00:00:00Z') });
    await server.services.pool.releaseInactive(new Date());
    const events = await eventsAbout(idle.id);
    expect(events.map((e) => [e.type, e.actorId])).toEqual([['customer.released', null], ['customer.owner_changed', null]]);
    expect(events[0]!.changes).toEqual([{ field: 'ownerId', from: rep.id, to: null }]);
  });
});

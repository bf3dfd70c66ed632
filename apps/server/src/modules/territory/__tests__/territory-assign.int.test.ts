import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { newId } from '../../../core/ids.ts';
import { seedTerritories } from './territory-fixture.ts';

const ASSIGN = `mutation($input: AssignCustomersToTerritoryInput!) { assignCustomersToTerritory(input: $input) { changedCount customerIds } }`;
const TIMELINE = `query($id: ID!) { customer(id: $id) { timeline(first: 5) { edges { node { kind entity changes { field from to fromLabel toLabel } } } } } }`;

describe('assigning customers to a territory in bulk', () => {
  let server: TestServer;
  let f: Awaited<ReturnType<typeof seedTerritories>>;
  const assign = (token: string, input: Record<string, unknown>) => server.gql(ASSIGN, { input }, token);
  const territoryOf = async (ids: string[]) =>
    (await server.db.prisma.customer.findMany({ where: { id: { in: ids } }, orderBy: { name: 'asc' } })).map((c) => c.territoryId);

  beforeAll(async () => {
    server = await startTestServer();
    f = await seedTerritories(server);
  });
  afterAll(() => server.close());

  it('moves the customers by id, audited per customer; the timeline shows territory names', async () => {
    const { c1, c3 } = f.customers;
    const res = await assign(f.repA.token, { customerIds: [c1.id, c3.id, c1.id], territoryId: f.north.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignCustomersToTerritory).toEqual({ changedCount: 2, customerIds: [c1.id, c3.id] });
    expect(await territoryOf([c1.id, c3.id])).toEqual([f.north.id, f.north.id]);
    const audit = await server.db.prisma.auditLog.findMany({ where: { entity: 'Customer', entityId: { in: [c1.id, c3.id] }, action: 'UPDATED' } });
    expect(audit.map((a) => [a.customerId, a.actorId, a.changes])).toEqual(expect.arrayContaining([
      [c1.id, f.repA.id, [{ field: 'territoryId', from: f.shanghai.id, to: f.north.id }]],
      [c3.id, f.repA.id, [{ field: 'territoryId', from: f.suzhou.id, to: f.north.id }]],
    ]));
    const tl = await server.gql(TIMELINE, { id: c1.id }, f.repA.token);
    expect(tl.data!.customer.timeline.edges[0].node.changes).toEqual([
      { field: 'territoryId', from: f.shanghai.id, to: f.north.id, fromLabel: 'Shanghai', toLabel: 'North' },
    ]);
    // the version moved on, so a stale edit of the customer is refused
    expect((await server.db.prisma.customer.findUniqueOrThrow({ where: { id: c1.id } })).version).toBe(2);
    // already there: nothing changes, nothing audited
    const again = await assign(f.repA.token, { customerIds: [c1.id], territoryId: f.north.id });
    expect(again.data!.assignCustomersToTerritory.changedCount).toBe(0);
    expect(await server.db.prisma.auditLog.count({ where: { entityId: c1.id, action: 'UPDATED' } })).toBe(1);
  });

  it('all or nothing: one id out of scope answers NOT_FOUND and moves none', async () => {
    const { c1, c2, c4 } = f.customers;
    const before = await territoryOf([c1.id, c2.id, c4.id]);
    const hidden = await assign(f.repA.token, { customerIds: [c1.id, c2.id], territoryId: f.east.id }); // c2 is rep B's
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(hidden)).not.toContain('SH B');
    const unknown = await assign(f.repA.token, { customerIds: [c1.id, newId()], territoryId: f.east.id });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // a pool customer is visible to a rep but not theirs to change (as on the customer page)
    const pool = await assign(f.repA.token, { customerIds: [c1.id, c4.id], territoryId: f.east.id });
    expect(pool.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deleted = await makeCustomer(server.db.prisma, { ownerId: f.repA.id, deletedAt: new Date() });
    expect((await assign(f.repA.token, { customerIds: [c1.id, deleted.id], territoryId: f.east.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await territoryOf([c1.id, c2.id, c4.id])).toEqual(before);
  });

  it('names the offending field', async () => {
    const bad = async (input: Record<string, unknown>) => {
      const res = await assign(f.admin.token, input);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0]!.extensions!.fields!.map((x) => x.field);
    };
    const id = f.customers.c1.id;
    expect(await bad({ territoryId: f.east.id })).toEqual(['input.customerIds']);
    expect(await bad({ customerIds: [id], filter: {}, territoryId: f.east.id })).toEqual(['input.customerIds']);
    expect(await bad({ customerIds: [], territoryId: f.east.id })).toEqual(['input.customerIds']);
    expect(await bad({ customerIds: [id, 'x'], territoryId: f.east.id })).toEqual(['input.customerIds.1']);
    expect(await bad({ customerIds: [id], territoryId: newId() })).toEqual(['input.territoryId']);
  });

  it('by filter: the listed customers the viewer may change', async () => {
    const db = server.db.prisma;
    const mk = (name: string, ownerId: string | null) => makeCustomer(db, { name, ownerId, industry: 'Bulk filter' });
    const mine1 = await mk('Bulk 1', f.repA.id);
    const mine2 = await mk('Bulk 2', f.repA.id);
    const pooled = await mk('Bulk pool', null);
    const theirs = await mk('Bulk B', f.repB.id);
    const res = await assign(f.repA.token, { filter: { industry: 'Bulk filter' }, territoryId: f.jiangsu.id });
    expect(res.errors).toBeUndefined();
    expect(new Set(res.data!.assignCustomersToTerritory.customerIds)).toEqual(new Set([mine1.id, mine2.id]));
    expect(await territoryOf([mine1.id, mine2.id, pooled.id, theirs.id])).toEqual([f.jiangsu.id, f.jiangsu.id, null, null]);
    // an admin's filter reaches every one of them
    const all = await assign(f.admin.token, { filter: { industry: 'Bulk filter' }, territoryId: f.jiangsu.id });
    expect(all.data!.assignCustomersToTerritory.changedCount).toBe(2);
  });
});

import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeUser } from '../../../seed/factories.ts';

const LOG = `query($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id action entity entityId createdAt actor { id name } changes { field from to } } } } }`;

/** Audit rows written straight into the table, at known instants, to check order and filters. */
async function seedEntries(server: TestServer, actorId: string) {
  const base = Date.parse('2026-03-01T08:00:00.000Z');
  const at = (minutes: number) => new Date(base + minutes * 60_000);
  const target = randomUUID();
  const rows = [
    { action: 'CREATED', entity: 'Gadget', entityId: target, actorId, createdAt: at(0), changes: [{ field: 'name', from: null, to: 'A' }] },
    { action: 'UPDATED', entity: 'Gadget', entityId: target, actorId, createdAt: at(10), changes: [{ field: 'name', from: 'A', to: 'B' }] },
    { action: 'UPDATED', entity: 'Widget', entityId: randomUUID(), actorId, createdAt: at(20), changes: [] },
    { action: 'LOCKED', entity: 'Gizmo', entityId: randomUUID(), actorId: null, createdAt: at(30), changes: {} },
    // three at the same instant: the id breaks the tie
    ...[0, 1, 2].map(() => ({ action: 'UPDATED', entity: 'Widget', entityId: randomUUID(), actorId, createdAt: at(40), changes: [] })),
  ];
  await server.db.prisma.auditLog.createMany({ data: rows.map((r) => ({ id: randomUUID(), ...r })) });
  return { at, target };
}

describe('the audit log through the API', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let actor: { id: string; name: string };
  let seeded: Awaited<ReturnType<typeof seedEntries>>;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
    actor = await makeUser(server.db.prisma, { name: 'Audit Actor' });
    seeded = await seedEntries(server, actor.id);
  });
  afterAll(() => server.close());

  const page = async (variables: Record<string, unknown>) => {
    const res = await server.gql(LOG, variables, admin.token);
    expect(res.errors).toBeUndefined();
    return res.data!.auditLog;
  };
  const inMarch = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' };

  it('lists entries newest first with actor and changes; system entries have no actor', async () => {
    const log = await page({ filter: inMarch });
    expect(log.totalCount).toBe(7);
    const nodes = log.edges.map((e: any) => e.node);
    const times = nodes.map((n: any) => n.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(nodes.at(-1)).toMatchObject({ action: 'CREATED', entity: 'Gadget', actor: { id: actor.id, name: 'Audit Actor' }, changes: [{ field: 'name', from: null, to: 'A' }] });
    expect(nodes.find((n: any) => n.action === 'LOCKED')).toMatchObject({ actor: null, changes: [] });
  });

  it('filters by actor, entity, entity id and period', async () => {
    const count = async (filter: Record<string, unknown>) => (await page({ filter: { ...inMarch, ...filter } })).totalCount;
    expect(await count({ actorId: actor.id })).toBe(6);
    expect(await count({ entity: 'Widget' })).toBe(4);
    expect(await count({ entity: 'Gadget', entityId: seeded.target })).toBe(2);
    expect(await count({ from: seeded.at(10).toISOString(), to: seeded.at(30).toISOString() })).toBe(3);
    expect(await count({ from: seeded.at(41).toISOString() })).toBe(0);
    const gadget = await page({ filter: { entityId: seeded.target } });
    expect(gadget.edges.map((e: any) => e.node.action)).toEqual(['UPDATED', 'CREATED']);
  });

  it('pages with keyset cursors through entries sharing an instant, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const log: any = await page({ first: 2, after, filter: inMarch });
      expect(log.totalCount).toBe(7);
      seen.push(...log.edges.map((e: any) => e.node.id));
      after = log.pageInfo.hasNextPage ? log.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(4);
    const all = (await page({ first: 100, filter: inMarch })).edges.map((e: any) => e.node.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(7);
  });

  it('records changes made through the API, and nothing for refused ones', async () => {
    const created = await server.gql('mutation { createDepartment(input: { name: "Audited Dept" }) { id } }', {}, admin.token);
    const id = created.data!.createDepartment.id;
    const stale = await server.gql('mutation($id: ID!) { updateDepartment(id: $id, input: { version: 7, name: "Never" }) { id } }', { id }, admin.token);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const log = await page({ filter: { actorId: admin.id, entity: 'Department' } });
    expect(log.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ action: 'CREATED', entity: 'Department', entityId: id, actor: { id: admin.id, name: expect.any(String) } }),
    ]);
  });

  it('lists the entity names in the log, for the filter', async () => {
    const res = await server.gql('{ auditEntities }', {}, admin.token);
    expect(res.data!.auditEntities).toEqual(['Department', 'Gadget', 'Gizmo', 'Widget']);
  });

  it('rejects bad arguments naming them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 101 }, 'first'],
      [{ first: 0 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
      [{ filter: { actorId: 'nope' } }, 'filter.actorId'],
      [{ filter: { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' } }, 'filter.to'],
      [{ filter: { from: 'yesterday' } }, 'filter'],
    ];
    for (const [variables, field] of cases) {
      const res = await server.gql(LOG, variables, admin.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0].extensions?.fields)).toContain(field);
    }
  });

  it('is for admins only', async () => {
    const manager = await server.signIn('SALES_MANAGER');
    for (const query of [LOG, '{ auditEntities }']) {
      const res = await server.gql(query, {}, manager.token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });
});

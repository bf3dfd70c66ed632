import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeUser } from '../../../seed/factories.ts';
import { newId } from '../../../core/ids.ts';

const CREATE = `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id name parentId version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTerritoryInput!) { updateTerritory(id: $id, input: $input) { id name parentId version } }`;
const DELETE = `mutation($id: ID!) { deleteTerritory(id: $id) }`;
const REPS = `mutation($t: ID!, $u: [ID!]!) { setTerritoryReps(territoryId: $t, userIds: $u) { id reps { id } } }`;

type T = { id: string; name: string; parentId: string | null; version: number };

describe('territory administration through the API', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  const create = async (name: string, parentId: string | null = null) => {
    const res = await server.gql<{ createTerritory: T }>(CREATE, { input: { name, parentId } }, admin.token);
    expect(res.errors).toBeUndefined();
    return res.data!.createTerritory;
  };
  const update = (id: string, input: Record<string, unknown>) => server.gql<{ updateTerritory: T }>(UPDATE, { id, input }, admin.token);
  const fields = (res: { errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] }) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return res.errors![0]!.extensions!.fields!.map((f) => f.field);
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
  });
  afterAll(() => server.close());

  it('creates a tree, audited, and names the offending field', async () => {
    const east = await create('  华东 ');
    expect(east).toMatchObject({ name: '华东', parentId: null, version: 1 });
    const sh = await create('上海', east.id);
    expect(sh.parentId).toBe(east.id);
    const audit = await server.db.prisma.auditLog.findMany({ where: { entity: 'Territory', entityId: sh.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['CREATED', admin.id]]);
    expect(fields(await server.gql(CREATE, { input: { name: ' ' } }, admin.token))).toEqual(['input.name']);
    expect(fields(await server.gql(CREATE, { input: { name: 'X', parentId: newId() } }, admin.token))).toEqual(['input.parentId']);
    expect(fields(await server.gql(CREATE, { input: { name: 'X', parentId: 'nope' } }, admin.token))).toEqual(['input.parentId']);
  });

  it('keeps names unique among siblings (case-insensitive), not across levels', async () => {
    const root = await create('Intl');
    await create('Europe', root.id);
    const dup = await server.gql(CREATE, { input: { name: 'EUROPE', parentId: root.id } }, admin.token);
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NAME_TAKEN', field: 'input.name' });
    const other = await create('Europe'); // at the top level: fine
    // renaming or moving into a clash is refused too
    const moved = await update(other.id, { version: 1, parentId: root.id });
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  it('renames and moves with a version; refuses a cycle naming input.parentId', async () => {
    const a = await create('A');
    const b = await create('B', a.id);
    const c = await create('C', b.id);
    expect(fields(await update(a.id, { version: 1, parentId: c.id }))).toEqual(['input.parentId']); // below its own grandchild
    expect(fields(await update(a.id, { version: 1, parentId: a.id }))).toEqual(['input.parentId']); // under itself
    const moved = await update(c.id, { version: 1, parentId: null, name: 'C2' });
    expect(moved.data!.updateTerritory).toMatchObject({ name: 'C2', parentId: null, version: 2 });
    const stale = await update(c.id, { version: 1, name: 'C3' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const nowChild = await update(a.id, { version: 1, parentId: c.id }); // C is no longer below A: allowed
    expect(nowChild.data!.updateTerritory.parentId).toBe(c.id);
    const audit = await server.db.prisma.auditLog.findFirst({ where: { entity: 'Territory', entityId: c.id, action: 'UPDATED' } });
    expect(audit!.changes).toEqual([{ field: 'name', from: 'C', to: 'C2' }, { field: 'parentId', from: b.id, to: null }]);
    expect((await server.gql(UPDATE, { id: newId(), input: { version: 1, name: 'x' } }, admin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('deletes only an empty territory; CONFLICT names children, customers, leads and reps', async () => {
    const db = server.db.prisma;
    const parent = await create('Busy');
    await create('Child', parent.id);
    const rep = await makeUser(db, { role: 'SALES_REP' });
    await makeCustomer(db, { territoryId: parent.id });
    await makeCustomer(db, { territoryId: parent.id });
    await makeCustomer(db, { territoryId: parent.id, deletedAt: new Date() }); // deleted ones are not in the way
    await db.lead.create({ data: { id: newId(), name: 'Lead', territoryId: parent.id } });
    await db.userTerritory.create({ data: { userId: rep.id, territoryId: parent.id } });
    const res = await server.gql(DELETE, { id: parent.id }, admin.token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TERRITORY_IN_USE', blockers: { children: 1, customers: 2, leads: 1, reps: 1 } });
    expect(res.errors?.[0]?.message).toContain('1 children, 2 customers, 1 leads, 1 reps');
    expect(await db.territory.count({ where: { id: parent.id } })).toBe(1);

    const empty = await create('Empty');
    expect((await server.gql(DELETE, { id: empty.id }, admin.token)).data!.deleteTerritory).toBe(true);
    expect(await db.territory.count({ where: { id: empty.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entity: 'Territory', entityId: empty.id, action: 'DELETED' } })).toBe(1);
    expect((await server.gql(DELETE, { id: empty.id }, admin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('assigns reps: active staff only, the field named; replaced as a whole and audited', async () => {
    const db = server.db.prisma;
    const t = await create('Reps');
    const r1 = await makeUser(db, { role: 'SALES_REP' });
    const r2 = await makeUser(db, { role: 'SALES_MANAGER' });
    const inactive = await makeUser(db, { role: 'SALES_REP' });
    await db.user.update({ where: { id: inactive.id }, data: { active: false } });
    const partner = await makeUser(db, { role: 'PARTNER', partnerId: (await db.partner.create({ data: { id: newId(), name: 'P' } })).id });
    expect(fields(await server.gql(REPS, { t: t.id, u: [r1.id, inactive.id] }, admin.token))).toEqual(['userIds.1']);
    expect(fields(await server.gql(REPS, { t: t.id, u: [partner.id] }, admin.token))).toEqual(['userIds.0']);
    expect(fields(await server.gql(REPS, { t: t.id, u: ['bad'] }, admin.token))).toEqual(['userIds.0']);
    expect((await server.gql(REPS, { t: newId(), u: [] }, admin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const ok = await server.gql(REPS, { t: t.id, u: [r1.id, r2.id, r1.id] }, admin.token);
    expect(new Set(ok.data!.setTerritoryReps.reps.map((r: { id: string }) => r.id))).toEqual(new Set([r1.id, r2.id]));
    const again = await server.gql(REPS, { t: t.id, u: [r2.id] }, admin.token);
    expect(again.data!.setTerritoryReps.reps).toEqual([{ id: r2.id }]);
    const audit = await db.auditLog.findMany({ where: { entity: 'Territory', entityId: t.id, action: 'UPDATED' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.changes)).toEqual([
      [{ field: 'reps', from: null, to: [r1.id, r2.id].sort().join(', ') }],
      [{ field: 'reps', from: [r1.id, r2.id].sort().join(', '), to: r2.id }],
    ]);
  });

  it('only admins (admin:sales) change the tree; any staff reads it', async () => {
    const manager = await server.signIn('SALES_MANAGER');
    expect((await server.gql(CREATE, { input: { name: 'Nope' } }, manager.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql('{ territoryTree { id } }', {}, manager.token)).errors).toBeUndefined();
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeUser } from '../../../seed/factories.ts';

const DEPT = 'id name parentId path userCount version';
const LIST = `{ departments { ${DEPT} children { id } } }`;
const CREATE = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { ${DEPT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { ${DEPT} } }`;
const DELETE = 'mutation($id: ID!) { deleteDepartment(id: $id) }';
const AUDIT = `query($id: ID!) { auditLog(filter: { entity: "Department", entityId: $id }) { edges { node { action actor { id } changes { field from to } } } } }`;

interface Dept {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  userCount: number;
  version: number;
  children: { id: string }[];
}

/**
 * The department tree. Every department here lives under one top-level department, made
 * first, so the "only top-level department" rule can be checked against it.
 */
describe('departments through the API', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let root: Dept;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
    root = (await server.gql(CREATE, { input: { name: '总公司 Head Office' } }, admin.token)).data!.createDepartment;
  });
  afterAll(() => server.close());

  const create = async (name: string, parentId: string | null = root.id): Promise<Dept> => {
    const res = await server.gql(CREATE, { input: { name, parentId } }, admin.token);
    expect(res.errors).toBeUndefined();
    return res.data!.createDepartment;
  };
  const tree = async (token = admin.token): Promise<Map<string, Dept>> => {
    const res = await server.gql(LIST, {}, token);
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.departments.map((d: Dept) => [d.id, d]));
  };
  const audit = async (id: string) => (await server.gql(AUDIT, { id }, admin.token)).data!.auditLog.edges.map((e: any) => e.node);

  it('creates departments with materialized paths, audited', async () => {
    expect(root).toMatchObject({ name: '总公司 Head Office', parentId: null, path: `/${root.id}/`, userCount: 0, version: 1 });
    const sales = await create(' Sales ');
    const east = await create('East', sales.id);
    expect(sales).toMatchObject({ name: 'Sales', parentId: root.id, path: `/${root.id}/${sales.id}/` });
    expect(east.path).toBe(`/${root.id}/${sales.id}/${east.id}/`);
    expect(await audit(east.id)).toEqual([
      { action: 'CREATED', actor: { id: admin.id }, changes: [{ field: 'name', from: null, to: 'East' }, { field: 'parentId', from: null, to: sales.id }] },
    ]);
  });

  it('returns the whole tree flat, with children and direct user counts, to any staff member', async () => {
    const team = await create('Team Tree');
    const a = await create('Tree A', team.id);
    const b = await create('Tree B', team.id);
    for (const departmentId of [a.id, a.id, b.id, team.id]) await makeUser(server.db.prisma, { departmentId });
    const rep = await server.signIn('SALES_REP', { departmentId: b.id });
    const all = await tree(rep.token);
    expect(all.get(team.id)).toMatchObject({ parentId: root.id, userCount: 1 });
    expect(all.get(team.id)!.children.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(all.get(a.id)).toMatchObject({ userCount: 2, children: [] });
    expect(all.get(b.id)).toMatchObject({ userCount: 2 });
    expect(all.get(root.id)!.children.map((c) => c.id)).toContain(team.id);
    const partner = await server.signIn('PARTNER');
    expect((await server.gql(LIST, {}, partner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reads the tree with its children and counts in a constant number of statements', async () => {
    const statements = async () => {
      let count = 0;
      let counting = true;
      server.db.onQuery(() => void (counting && count++));
      await tree();
      counting = false;
      return count;
    };
    const before = await statements();
    expect(before).toBeGreaterThanOrEqual(3); // session lookup, the tree with counts, all children with counts
    const wide = await create('Wide');
    for (let i = 0; i < 6; i++) await create(`Wide ${i}`, wide.id);
    expect(await statements()).toBe(before);
  });

  it('moves a department with its whole subtree, rewriting every path, and managers follow', async () => {
    const from = await create('Move From');
    const to = await create('Move To');
    const moving = await create('Moving', from.id);
    const child = await create('Moving Child', moving.id);
    const grandchild = await create('Moving Grandchild', child.id);
    const manager = await server.signIn('SALES_MANAGER', { departmentId: to.id });
    const deepRep = await makeUser(server.db.prisma, { departmentId: grandchild.id, name: 'Deep Rep' });
    const seesDeepRep = async () =>
      (await server.gql('{ users(filter: { search: "Deep Rep" }) { totalCount } }', {}, manager.token)).data!.users.totalCount;
    expect(await seesDeepRep()).toBe(0);

    const res = await server.gql(UPDATE, { id: moving.id, input: { version: 1, parentId: to.id } }, admin.token);
    expect(res.data!.updateDepartment).toMatchObject({ parentId: to.id, path: `${to.path}${moving.id}/`, version: 2 });
    const all = await tree();
    expect(all.get(child.id)!.path).toBe(`${to.path}${moving.id}/${child.id}/`);
    expect(all.get(grandchild.id)!.path).toBe(`${to.path}${moving.id}/${child.id}/${grandchild.id}/`);
    expect(all.get(from.id)!.children).toEqual([]);
    expect(await seesDeepRep()).toBe(1);
    const filtered = await server.gql('query($d: ID) { users(filter: { departmentId: $d }) { edges { node { id } } } }', { d: to.id }, admin.token);
    expect(filtered.data!.users.edges.map((e: any) => e.node.id).sort()).toEqual([manager.id, deepRep.id].sort());
    expect(await audit(moving.id)).toContainEqual(
      { action: 'UPDATED', actor: { id: admin.id }, changes: [{ field: 'parentId', from: from.id, to: to.id }] },
    );

    const top = await server.gql(UPDATE, { id: child.id, input: { version: 1, parentId: null } }, admin.token);
    expect(top.data!.updateDepartment).toMatchObject({ parentId: null, path: `/${child.id}/` });
    expect((await tree()).get(grandchild.id)!.path).toBe(`/${child.id}/${grandchild.id}/`);
  });

  it('refuses to move a department under itself or its descendants, changing nothing', async () => {
    const top = await create('Cycle Top');
    const mid = await create('Cycle Mid', top.id);
    const leaf = await create('Cycle Leaf', mid.id);
    for (const parentId of [top.id, mid.id, leaf.id]) {
      const res = await server.gql(UPDATE, { id: top.id, input: { version: 1, parentId } }, admin.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.parentId' })] });
    }
    const missing = await server.gql(UPDATE, { id: top.id, input: { version: 1, parentId: '00000000-0000-4000-8000-000000000000' } }, admin.token);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.parentId' })] });
    const all = await tree();
    expect(all.get(top.id)).toMatchObject({ parentId: root.id, path: `/${root.id}/${top.id}/`, version: 1 });
    expect(all.get(leaf.id)!.path).toBe(`/${root.id}/${top.id}/${mid.id}/${leaf.id}/`);
  });

  it('renames with the version, audits the difference and answers a stale version with CONFLICT', async () => {
    const d = await create('Old Name');
    const renamed = await server.gql(UPDATE, { id: d.id, input: { version: 1, name: 'New Name' } }, admin.token);
    expect(renamed.data!.updateDepartment).toMatchObject({ name: 'New Name', version: 2, path: d.path });
    const stale = await server.gql(UPDATE, { id: d.id, input: { version: 1, name: 'Lost Update' } }, admin.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const blank = await server.gql(UPDATE, { id: d.id, input: { version: 2, name: '   ' } }, admin.token);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.name' })] });
    expect((await tree()).get(d.id)).toMatchObject({ name: 'New Name', version: 2 });
    expect((await audit(d.id))[0]).toEqual({ action: 'UPDATED', actor: { id: admin.id }, changes: [{ field: 'name', from: 'Old Name', to: 'New Name' }] });
  });

  it('deletes only empty departments, with a clear CONFLICT otherwise', async () => {
    const parent = await create('Delete Parent');
    const child = await create('Delete Child', parent.id);
    const user = await makeUser(server.db.prisma, { departmentId: child.id });

    const withChildren = await server.gql(DELETE, { id: parent.id }, admin.token);
    expect(withChildren.errors?.[0]).toMatchObject({ message: expect.stringContaining('Delete Parent'), extensions: { code: 'CONFLICT', reason: 'HAS_CHILDREN' } });
    const withUsers = await server.gql(DELETE, { id: child.id }, admin.token);
    expect(withUsers.errors?.[0]).toMatchObject({ message: expect.stringContaining('user'), extensions: { code: 'CONFLICT', reason: 'HAS_USERS' } });

    await server.db.prisma.user.update({ where: { id: user.id }, data: { departmentId: null } });
    expect((await server.gql(DELETE, { id: child.id }, admin.token)).data).toEqual({ deleteDepartment: true });
    expect((await server.gql(DELETE, { id: parent.id }, admin.token)).data).toEqual({ deleteDepartment: true });
    expect((await tree()).has(parent.id)).toBe(false);
    expect(await audit(child.id)).toContainEqual(
      { action: 'DELETED', actor: { id: admin.id }, changes: [{ field: 'name', from: 'Delete Child', to: null }, { field: 'parentId', from: parent.id, to: null }] },
    );
    expect((await server.gql(DELETE, { id: child.id }, admin.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('never deletes the only top-level department, even an empty one', async () => {
    const db = server.db.prisma;
    // leave the head office with nothing under it
    await db.user.updateMany({ where: { departmentId: { not: null } }, data: { departmentId: null } });
    while ((await db.department.count({ where: { id: { not: root.id } } })) > 0) {
      await db.department.deleteMany({ where: { id: { not: root.id }, children: { none: {} } } });
    }
    const res = await server.gql(DELETE, { id: root.id }, admin.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROOT_DEPARTMENT' });
    const second = await create('Second Top', null);
    expect((await server.gql(DELETE, { id: root.id }, admin.token)).data).toEqual({ deleteDepartment: true });
    const last = await server.gql(DELETE, { id: second.id }, admin.token);
    expect(last.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROOT_DEPARTMENT' });
  });

  it('rejects bad input naming the field and stores nothing', async () => {
    const before = await server.db.prisma.department.count();
    for (const [input, field] of [
      [{ name: '' }, 'input.name'],
      [{ name: 'x'.repeat(101) }, 'input.name'],
      [{ name: 'Orphan', parentId: '00000000-0000-4000-8000-000000000000' }, 'input.parentId'],
      [{ name: 'Orphan', parentId: 'nope' }, 'input.parentId'],
    ] as const) {
      const res = await server.gql(CREATE, { input }, admin.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field })] });
    }
    expect(await server.db.prisma.department.count()).toBe(before);
  });
});

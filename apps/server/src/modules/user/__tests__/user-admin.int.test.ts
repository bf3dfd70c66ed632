import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { FACTORY_PASSWORD, makeDepartment, makePartner, makeUser } from '../../../seed/factories.ts';

const USER = 'id email name role active locale claimLimit lockedUntil version department { id name } partner { id name }';
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER} } }`;
const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(id: $id) { id active version } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateUser(id: $id) { id active version } }';
const RESET = 'mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, newPassword: $p) { id lockedUntil } }';
const LIST = `query($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name email } } } }`;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ME = '{ me { user { id } } }';
const AUDIT = `query($id: ID!) { auditLog(filter: { entity: "User", entityId: $id }) { edges { node { action actor { id } changes { field from to } } } } }`;

describe('user administration through the API', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  const dept: Record<string, string> = {};
  let partnerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    const head = await makeDepartment(db, { name: '总公司' });
    const sales = await makeDepartment(db, { name: 'Sales', parentId: head.id });
    const north = await makeDepartment(db, { name: 'North', parentId: sales.id });
    const service = await makeDepartment(db, { name: 'Service', parentId: head.id });
    Object.assign(dept, { head: head.id, sales: sales.id, north: north.id, service: service.id });
    partnerId = (await makePartner(db, 'Reseller Co')).id;
    admin = await server.signIn('ADMIN', { departmentId: head.id });
  });
  afterAll(() => server.close());

  const audit = async (id: string) => (await server.gql(AUDIT, { id }, admin.token)).data!.auditLog.edges.map((e: any) => e.node);
  const login = (email: string, password: string) => server.gql(LOGIN, { e: email, p: password });

  it('creates a user who can sign in, with department and an audit entry, never exposing the hash', async () => {
    const res = await server.gql(CREATE, {
      input: { email: 'Li.Lei@Example.com', name: ' 李雷 ', role: 'SALES_REP', password: 'first-pass-1', departmentId: dept.north, claimLimit: 20, locale: 'en' },
    }, admin.token);
    expect(res.errors).toBeUndefined();
    const user = res.data!.createUser;
    expect(user).toMatchObject({
      email: 'li.lei@example.com', name: '李雷', role: 'SALES_REP', active: true, locale: 'en', claimLimit: 20, version: 1,
      department: { id: dept.north, name: 'North' }, partner: null,
    });
    expect((await login('LI.LEI@example.com', 'first-pass-1')).data?.login.token).toEqual(expect.any(String));
    const [entry] = await audit(user.id);
    expect(entry).toMatchObject({ action: 'CREATED', actor: { id: admin.id } });
    expect(entry.changes).toEqual(expect.arrayContaining([{ field: 'email', from: null, to: 'li.lei@example.com' }, { field: 'role', from: null, to: 'SALES_REP' }]));
    expect(JSON.stringify(entry.changes)).not.toMatch(/password|argon/i);
    const hash = await server.gql(`query($id: ID!) { user(id: $id) { passwordHash } }`, { id: user.id }, admin.token);
    expect(hash.errors?.[0].message).toContain('Cannot query field "passwordHash"');
    expect(hash.data ?? null).toBeNull();
  });

  it('creates a partner user linked to their company, outside the department tree', async () => {
    const partnerUser = await server.gql(CREATE, { input: { email: 'portal@reseller.example', name: 'Portal', role: 'PARTNER', partnerId, password: 'portal-pass-1' } }, admin.token);
    expect(partnerUser.data!.createUser).toMatchObject({ role: 'PARTNER', partner: { id: partnerId, name: 'Reseller Co' }, department: null });
  });

  it('rejects bad input naming the field and stores nothing', async () => {
    await makeUser(server.db.prisma, { email: 'taken@example.com' });
    const before = await server.db.prisma.user.count();
    const ok = { email: 'new.person@example.com', name: 'New Person', role: 'SALES_REP', password: 'good-pass-1' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ok, email: 'not-an-email' }, 'input.email'],
      [{ ...ok, email: 'TAKEN@example.com' }, 'input.email'],
      [{ ...ok, password: 'short' }, 'input.password'],
      [{ ...ok, role: 'OVERLORD' }, 'input.role'],
      [{ ...ok, name: '' }, 'input.name'],
      [{ ...ok, departmentId: '00000000-0000-4000-8000-000000000000' }, 'input.departmentId'],
      [{ ...ok, departmentId: 'nope' }, 'input.departmentId'],
      [{ ...ok, partnerId }, 'input.partnerId'],
      [{ ...ok, role: 'PARTNER' }, 'input.partnerId'],
      [{ ...ok, role: 'PARTNER', partnerId: '00000000-0000-4000-8000-000000000000' }, 'input.partnerId'],
      [{ ...ok, role: 'PARTNER', partnerId, departmentId: dept.sales }, 'input.departmentId'],
      [{ ...ok, locale: 'fr' }, 'input.locale'],
      [{ ...ok, claimLimit: -1 }, 'input.claimLimit'],
    ];
    for (const [input, field] of cases) {
      const res = await server.gql(CREATE, { input }, admin.token);
      expect({ input, code: res.errors?.[0].extensions?.code }).toEqual({ input, code: 'BAD_USER_INPUT' });
      expect(res.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect(await server.db.prisma.user.count()).toBe(before);
  });

  it('lists users by scope: admins all, managers their department subtree, others themselves', async () => {
    const manager = await server.signIn('SALES_MANAGER', { departmentId: dept.sales, name: 'Scope Manager' });
    const northRep = await makeUser(server.db.prisma, { departmentId: dept.north, name: 'Scope North Rep' });
    const serviceRep = await makeUser(server.db.prisma, { departmentId: dept.service, name: 'Scope Service Rep' });
    const rep = await server.signIn('SALES_REP', { departmentId: dept.north, name: 'Scope Lone Rep' });
    const ids = async (token: string) =>
      (await server.gql(LIST, { first: 100, filter: { search: 'scope' } }, token)).data!.users.edges.map((e: any) => e.node.id).sort();
    expect(await ids(admin.token)).toEqual([manager.id, northRep.id, serviceRep.id, rep.id].sort());
    expect(await ids(manager.token)).toEqual([manager.id, northRep.id, rep.id].sort());
    expect(await ids(rep.token)).toEqual([rep.id]);
    const hidden = await server.gql(`query($id: ID!) { user(id: $id) { name } }`, { id: serviceRep.id }, manager.token);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(hidden)).not.toContain('Scope Service Rep');
    const seen = await server.gql(`query($id: ID!) { user(id: $id) { name department { name } } }`, { id: northRep.id }, manager.token);
    expect(seen.data!.user).toEqual({ name: 'Scope North Rep', department: { name: 'North' } });
  });

  it('filters by search, role, department subtree and status, and pages with cursors', async () => {
    const db = server.db.prisma;
    for (let i = 0; i < 5; i++) await makeUser(db, { name: `Filter Person ${i}`, departmentId: i < 3 ? dept.north : dept.service, role: i === 4 ? 'MARKETER' : 'SALES_REP' });
    await db.user.updateMany({ where: { name: 'Filter Person 2' }, data: { active: false } });
    const names = async (filter: Record<string, unknown>) =>
      (await server.gql(LIST, { filter: { search: 'filter person', ...filter } }, admin.token)).data!.users.edges.map((e: any) => e.node.name);
    expect(await names({})).toEqual([0, 1, 2, 3, 4].map((i) => `Filter Person ${i}`));
    expect(await names({ search: 'FILTER PERSON 3' })).toEqual(['Filter Person 3']);
    expect(await names({ role: 'MARKETER' })).toEqual(['Filter Person 4']);
    expect(await names({ departmentId: dept.sales })).toEqual(['Filter Person 0', 'Filter Person 1', 'Filter Person 2']);
    expect(await names({ departmentId: dept.head })).toHaveLength(5);
    expect(await names({ active: false })).toEqual(['Filter Person 2']);
    expect(await names({ active: true, departmentId: dept.north })).toEqual(['Filter Person 0', 'Filter Person 1']);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await server.gql(LIST, { first: 2, after, filter: { search: 'filter person' } }, admin.token);
      expect(res.data.users.totalCount).toBe(5);
      seen.push(...res.data.users.edges.map((e: any) => e.node.name));
      after = res.data.users.pageInfo.hasNextPage ? res.data.users.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `Filter Person ${i}`));

    const tooMany = await server.gql(LIST, { first: 101 }, admin.token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'first' })] });
    const noDept = await server.gql(LIST, { filter: { departmentId: '00000000-0000-4000-8000-000000000000' } }, admin.token);
    expect(noDept.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'filter.departmentId' })] });
  });

  it('resolves departments and partners of a page of users in a constant number of statements', async () => {
    const db = server.db.prisma;
    const partner = await makePartner(db, 'Batch Partner');
    const make = async (n: number, tag: string) => {
      for (let i = 0; i < n; i++) {
        await makeUser(db, { name: `Batch ${tag} ${i}`, ...(i % 2 ? { role: 'PARTNER', partnerId: partner.id } : { departmentId: i % 4 ? dept.north : dept.service }) });
      }
    };
    const statements = async (tag: string) => {
      let count = 0;
      let counting = true;
      server.db.onQuery(() => void (counting && count++));
      const res = await server.gql(`query($s: String) { users(first: 100, filter: { search: $s }) { edges { node { department { name userCount } partner { name } } } } }`, { s: `Batch ${tag}` }, admin.token);
      counting = false;
      expect(res.errors).toBeUndefined();
      return count;
    };
    await make(2, 'small');
    await make(12, 'large');
    const [small, large] = [await statements('small'), await statements('large')];
    // session lookup, page, count, departments, partners
    expect(small).toBeGreaterThanOrEqual(4);
    expect(large).toBe(small);
  });

  it('updates with the version, audits the difference and refuses stale or impossible changes', async () => {
    const user = await makeUser(server.db.prisma, { departmentId: dept.north });
    const res = await server.gql(UPDATE, { id: user.id, input: { version: 1, name: 'Renamed', role: 'SALES_MANAGER', departmentId: dept.service, claimLimit: 7 } }, admin.token);
    expect(res.data!.updateUser).toMatchObject({ name: 'Renamed', role: 'SALES_MANAGER', department: { id: dept.service }, claimLimit: 7, version: 2 });
    const [entry] = await audit(user.id);
    expect(entry.action).toBe('UPDATED');
    expect(entry.changes).toEqual(expect.arrayContaining([
      { field: 'name', from: user.name, to: 'Renamed' },
      { field: 'role', from: 'SALES_REP', to: 'SALES_MANAGER' },
      { field: 'departmentId', from: dept.north, to: dept.service },
      { field: 'claimLimit', from: null, to: '7' },
    ]));
    expect(entry.changes).toHaveLength(4);

    const stale = await server.gql(UPDATE, { id: user.id, input: { version: 1, name: 'Overwritten' } }, admin.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const cleared = await server.gql(UPDATE, { id: user.id, input: { version: 2, departmentId: null, claimLimit: null } }, admin.token);
    expect(cleared.data!.updateUser).toMatchObject({ name: 'Renamed', department: null, claimLimit: null, version: 3 });

    const toPartner = await server.gql(UPDATE, { id: user.id, input: { version: 3, role: 'PARTNER' } }, admin.token);
    expect(toPartner.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.role' })] });
    const ownRole = await server.gql(UPDATE, { id: admin.id, input: { version: 1, role: 'SALES_REP' } }, admin.token);
    expect(ownRole.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.role' })] });
    const missing = await server.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { version: 1, name: 'X' } }, admin.token);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).version).toBe(3);
  });

  it('deactivates a user: their sessions end and sign-in is refused, until reactivated', async () => {
    const victim = await server.signIn('SALES_REP');
    expect((await server.gql(ME, {}, victim.token)).data?.me.user.id).toBe(victim.id);
    const off = await server.gql(DEACTIVATE, { id: victim.id }, admin.token);
    expect(off.data!.deactivateUser).toEqual({ id: victim.id, active: false, version: 2 });
    expect((await server.gql(ME, {}, victim.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(victim.email, FACTORY_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await server.db.prisma.session.count({ where: { userId: victim.id, revokedAt: null } })).toBe(0);

    const on = await server.gql(REACTIVATE, { id: victim.id }, admin.token);
    expect(on.data!.reactivateUser).toEqual({ id: victim.id, active: true, version: 3 });
    expect((await login(victim.email, FACTORY_PASSWORD)).data?.login.token).toEqual(expect.any(String));
    expect((await audit(victim.id)).map((e: any) => e.action)).toEqual(['REACTIVATED', 'DEACTIVATED']);
  });

  it('refuses to let an admin deactivate themself', async () => {
    const res = await server.gql(DEACTIVATE, { id: admin.id }, admin.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'id' })] });
    expect((await server.gql(ME, {}, admin.token)).data?.me.user.id).toBe(admin.id);
  });

  it('resets a password: old sessions end, the lockout clears, the new password works', async () => {
    const locked = await server.signIn('SERVICE_AGENT');
    await server.db.prisma.user.update({ where: { id: locked.id }, data: { lockedUntil: new Date(Date.now() + 3_600_000), failedLogins: 4 } });
    const short = await server.gql(RESET, { id: locked.id, p: 'short' }, admin.token);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'newPassword' })] });

    const res = await server.gql(RESET, { id: locked.id, p: 'brand-new-pass-1' }, admin.token);
    expect(res.data!.resetUserPassword).toEqual({ id: locked.id, lockedUntil: null });
    expect((await server.gql(ME, {}, locked.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(locked.email, FACTORY_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(locked.email, 'brand-new-pass-1')).data?.login.token).toEqual(expect.any(String));
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: locked.id } });
    expect(row.failedLogins).toBe(0);
    const [entry] = await audit(locked.id);
    expect(entry).toMatchObject({ action: 'PASSWORD_RESET', actor: { id: admin.id } });
    expect(entry.changes.map((c: any) => c.field)).toEqual(['lockedUntil']);
  });

  it('lets only admins manage users', async () => {
    const manager = await server.signIn('SALES_MANAGER', { departmentId: dept.sales });
    const target = await makeUser(server.db.prisma, { departmentId: dept.north });
    for (const [query, variables] of [
      [CREATE, { input: { email: 'm@example.com', name: 'M', role: 'SALES_REP', password: 'good-pass-1' } }],
      [UPDATE, { id: target.id, input: { version: 1, name: 'X' } }],
      [DEACTIVATE, { id: target.id }],
      [RESET, { id: target.id, p: 'good-pass-1' }],
    ] as const) {
      const res = await server.gql(query, variables, manager.token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await server.db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ name: target.name, active: true, version: 1 });
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { ACCESS_MODULES, LEVELS } from '../../../core/access/levels.ts';
import { AccessModuleName, VisibilityLevel } from '../role.type.ts';

/** Roles in the database (SPEC §5): admins build them from the permission grid, assign them, and holders feel it on their next request. */
describe('roles through the API', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let rep: { id: string; token: string };
  const ROLE = `fragment R on AccessRole { id key name forPartners permissions visibility { module level } userCount version }`;
  const CREATE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { ...R } } ${ROLE}`;
  const UPDATE = `mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { ...R } } ${ROLE}`;
  const ASSIGN = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id accessRole { name } version } }';
  const COUNT = '{ customers { totalCount } }';

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
    rep = await server.signIn('SALES_REP');
    await makeCustomer(server.db.prisma, { name: 'Rep’s own', ownerId: rep.id });
    await makeCustomer(server.db.prisma, { name: 'Pool' });
    await makeCustomer(server.db.prisma, { name: 'Someone else’s', ownerId: admin.id });
  });
  afterAll(() => server.close());

  it('lists the built-in roles with their holders, and the permission grid', async () => {
    const res = await server.gql(`{ roles { ...R } permissionCatalog { module actions } } ${ROLE}`, {}, admin.token);
    expect(res.errors).toBeUndefined();
    const keys = res.data!.roles.map((r: any) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['ADMIN', 'SALES_REP', 'SERVICE_AGENT', 'PARTNER', 'PARTNER_ADMIN']));
    expect(res.data!.roles.find((r: any) => r.key === 'SALES_REP').userCount).toBeGreaterThanOrEqual(1);
    expect(res.data!.roles.find((r: any) => r.key === 'SERVICE_AGENT').visibility).toEqual(
      expect.arrayContaining([{ module: 'customer', level: 'all' }, { module: 'contract', level: 'all' }]),
    );
    expect(res.data!.permissionCatalog).toContainEqual({ module: 'customer', actions: expect.arrayContaining(['read', 'create', 'update', 'delete', 'export']) });
  });

  it('creates a role that reads every customer, assigns it, and the user sees all customers on the next request', async () => {
    expect((await server.gql(COUNT, {}, rep.token)).data!.customers.totalCount).toBe(2);
    const created = await server.gql(CREATE, {
      input: { name: 'Service desk (read all customers)', permissions: ['customer:read', 'contact:read'], visibility: [{ module: 'customer', level: 'all' }] },
    }, admin.token);
    expect(created.errors).toBeUndefined();
    const role = created.data!.createRole;
    expect(role).toMatchObject({ key: null, forPartners: false, permissions: ['contact:read', 'customer:read'], userCount: 0, version: 1 });

    const user = await server.gql('query($id: ID!) { user(id: $id) { version } }', { id: rep.id }, admin.token);
    const assigned = await server.gql(ASSIGN, { id: rep.id, input: { version: user.data!.user.version, accessRoleId: role.id } }, admin.token);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.updateUser.accessRole.name).toBe('Service desk (read all customers)');
    expect((await server.gql(COUNT, {}, rep.token)).data!.customers.totalCount).toBe(3);
    const me = await server.gql('{ me { permissions user { accessRole { name } } } }', {}, rep.token);
    expect(me.data!.me.permissions.sort()).toEqual(['contact:read', 'customer:read']);
    // the role no longer grants creating deals: refused at once
    const deal = await server.gql('{ opportunities { totalCount } }', {}, rep.token);
    expect(deal.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // narrowing the role applies on the next request too
    const narrowed = await server.gql(UPDATE, { id: role.id, input: { version: 1, visibility: [{ module: 'customer', level: 'own' }] } }, admin.token);
    expect(narrowed.errors).toBeUndefined();
    expect((await server.gql(COUNT, {}, rep.token)).data!.customers.totalCount).toBe(2);
    const audit = await server.gql('query($id: ID!) { auditLog(filter: { entity: "AccessRole", entityId: $id }) { edges { node { action } } } }', { id: role.id }, admin.token);
    expect(audit.data!.auditLog.edges.map((e: any) => e.node.action)).toEqual(['UPDATED', 'CREATED']);
  });

  it('names every bad permission and level, and stores nothing', async () => {
    const res = await server.gql(CREATE, {
      input: { name: 'Broken', permissions: ['customer:read', 'customer:fly', 'nothing'], visibility: [] },
    }, admin.token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.permissions[1]', message: expect.stringContaining('customer:fly') },
      { field: 'input.permissions[2]', message: expect.stringContaining('nothing') },
    ]);
    const partner = await server.gql(CREATE, {
      input: { name: 'Partner wide', forPartners: true, permissions: ['customer:read'], visibility: [{ module: 'customer', level: 'all' }] },
    }, admin.token);
    expect(partner.errors?.[0].extensions?.fields).toEqual([{ field: 'input.visibility[0].level', message: expect.stringContaining('partner') }]);
    const names = (await server.gql('{ roles { name } }', {}, admin.token)).data!.roles.map((r: any) => r.name);
    expect(names).not.toContain('Broken');
    expect(names).not.toContain('Partner wide');
  });

  it('keeps the Administrator role, built-in roles and roles in use', async () => {
    const roles = (await server.gql(`{ roles { ...R } } ${ROLE}`, {}, admin.token)).data!.roles;
    const adminRole = roles.find((r: any) => r.key === 'ADMIN');
    const locked = await server.gql(UPDATE, { id: adminRole.id, input: { version: adminRole.version, permissions: ['customer:read'] } }, admin.token);
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ADMIN_ROLE_LOCKED' });
    const builtIn = await server.gql('mutation($id: ID!) { deleteRole(id: $id) }', { id: roles.find((r: any) => r.key === 'SALES_REP').id }, admin.token);
    expect(builtIn.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUILT_IN' });
    const inUse = roles.find((r: any) => r.name === 'Service desk (read all customers)');
    const refused = await server.gql('mutation($id: ID!) { deleteRole(id: $id) }', { id: inUse.id }, admin.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_USE', count: 1 });
    const stale = await server.gql(UPDATE, { id: inUse.id, input: { version: 1, name: 'Stale' } }, admin.token);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses a partner role for staff and an unknown role, naming the field', async () => {
    const roles = (await server.gql('{ roles { id key } }', {}, admin.token)).data!.roles;
    const other = await server.signIn('SALES_REP');
    const version = (await server.gql('query($id: ID!) { user(id: $id) { version } }', { id: other.id }, admin.token)).data!.user.version;
    const partnerRole = roles.find((r: any) => r.key === 'PARTNER_ADMIN').id;
    const res = await server.gql(ASSIGN, { id: other.id, input: { version, accessRoleId: partnerRole } }, admin.token);
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'input.accessRoleId', message: 'must be a staff role' }]);
    const unknown = await server.gql(ASSIGN, { id: other.id, input: { version, accessRoleId: '00000000-0000-4000-8000-000000000000' } }, admin.token);
    expect(unknown.errors?.[0].extensions?.fields).toEqual([{ field: 'input.accessRoleId', message: 'no such role' }]);
  });

  it('offers in GraphQL exactly the modules and levels the access layer knows', () => {
    expect(Object.values(AccessModuleName).sort()).toEqual([...ACCESS_MODULES].sort());
    expect(Object.values(VisibilityLevel).sort()).toEqual([...LEVELS].sort());
  });
});

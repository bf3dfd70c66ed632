import { startTestServer, type GqlResult, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer, makeUser } from '../../../seed/factories.ts';

/** Search terms are text to find, never patterns; malformed ids and NUL characters are the client's error. */
describe('input hardening', () => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer();
    admin = (await server.signIn('ADMIN')).token;
  });
  afterAll(() => server.close());

  const fieldsOf = (res: GqlResult) => {
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
    return res.errors![0].extensions!.fields!.map((f) => f.field);
  };

  it('finds text with a backslash, and % or _ match only themselves (customers, contacts, users)', async () => {
    const names = ['Back\\slash 贸易', 'Hundred%Percent', 'Under_score Ltd', 'Plain Trading'];
    for (const name of names) {
      const customer = await makeCustomer(server.db.prisma, { name });
      await makeContact(server.db.prisma, customer.id, { name: `${name} contact` });
      await makeUser(server.db.prisma, { name: `${name} user` });
    }
    const customers = async (search: string) =>
      ((await server.gql('query($s: String) { customers(filter: { search: $s }) { edges { node { name } } } }', { s: search }, admin)).data!.customers.edges as { node: { name: string } }[]).map((e) => e.node.name);
    const contacts = async (search: string) =>
      ((await server.gql('query($s: String) { contacts(filter: { search: $s }) { edges { node { name } } } }', { s: search }, admin)).data!.contacts.edges as { node: { name: string } }[]).map((e) => e.node.name);
    const users = async (search: string) =>
      ((await server.gql('query($s: String) { users(filter: { search: $s }) { edges { node { name } } } }', { s: search }, admin)).data!.users.edges as { node: { name: string } }[]).map((e) => e.node.name);

    expect(await customers('k\\s')).toEqual(['Back\\slash 贸易']);
    expect(await customers('%')).toEqual(['Hundred%Percent']);
    expect(await customers('_')).toEqual(['Under_score Ltd']);
    expect(await contacts('k\\slash')).toEqual(['Back\\slash 贸易 contact']);
    expect(await contacts('d%p')).toEqual(['Hundred%Percent contact']);
    expect(await users('%')).toEqual(['Hundred%Percent user']);
    expect(await users('_')).toEqual(['Under_score Ltd user']);
    expect(await users('k\\s')).toEqual(['Back\\slash 贸易 user']);
  });

  it('refuses a malformed id in any list filter, naming the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['query($f: OpportunityFilter) { opportunities(filter: $f) { totalCount } }', { f: { departmentId: '%' } }, 'filter.departmentId'],
      ['query($f: OpportunityFilter) { opportunities(filter: $f) { totalCount } }', { f: { territoryId: 'x' } }, 'filter.territoryId'],
      ['query($f: OpportunityFilter) { opportunities(filter: $f) { totalCount } }', { f: { stageIds: ['%'] } }, 'filter.stageIds'],
      ['query($f: OpportunityFilter) { opportunityBoard(filter: $f) { columns { totalCount } } }', { f: { departmentId: '%' } }, 'filter.departmentId'],
      ['query($f: CustomerFilter) { customers(filter: $f) { totalCount } }', { f: { ownerId: '%' } }, 'filter.ownerId'],
      ['query($f: ContactFilter) { contacts(filter: $f) { totalCount } }', { f: { customerId: '%' } }, 'filter.customerId'],
      ['query($f: LeadFilter) { leads(filter: $f) { totalCount } }', { f: { ownerId: '%' } }, 'filter.ownerId'],
      ['query($f: ActivityFilter) { activities(filter: $f) { totalCount } }', { f: { leadId: '%' } }, 'filter.leadId'],
      ['query($f: ContractFilter) { contracts(filter: $f) { totalCount } }', { f: { ownerId: '%' } }, 'filter.ownerId'],
      ['query($f: QuoteFilter) { quotes(filter: $f) { totalCount } }', { f: { customerId: '%' } }, 'filter.customerId'],
      ['query($f: OrderFilter) { orders(filter: $f) { totalCount } }', { f: { opportunityId: '%' } }, 'filter.opportunityId'],
      ['query($f: ProductFilter) { products(filter: $f) { totalCount } }', { f: { priceBookId: '%' } }, 'filter.priceBookId'],
      ['query($f: UserFilter) { users(filter: $f) { totalCount } }', { f: { departmentId: '%' } }, 'filter.departmentId'],
      ['query($f: AuditFilter) { auditLog(filter: $f) { totalCount } }', { f: { actorId: '%' } }, 'filter.actorId'],
      ['query($f: SalesTargetFilter) { salesTargets(filter: $f) { id } }', { f: { departmentId: '%' } }, 'filter.departmentId'],
      ['query($f: SalesDashboardFilter!) { salesDashboard(filter: $f) { from } }', { f: { from: '2026-01-01', to: '2026-03-31', territoryId: '%' } }, 'filter.territoryId'],
      ['mutation($i: AssignCustomersToTerritoryInput!) { assignCustomersToTerritory(input: $i) { changedCount } }', { i: { territoryId: crypto.randomUUID(), filter: { ownerId: '%' } } }, 'input.filter.ownerId'],
    ];
    const wrong: string[] = [];
    for (const [query, variables, field] of cases) {
      const res = await server.gql(query, variables, admin);
      const fields = res.errors?.[0].extensions?.fields?.map((f) => f.field);
      if (res.errors?.[0].extensions?.code !== 'BAD_USER_INPUT' || !fields?.includes(field)) wrong.push(`${query} → ${JSON.stringify(res.errors ?? res.data)}`);
    }
    expect(wrong).toEqual([]);
    // inline in the query the same
    expect(fieldsOf(await server.gql('{ opportunities(filter: { departmentId: "%" }) { totalCount } }', {}, admin))).toEqual(['filter.departmentId']);
  });

  it('refuses a NUL character in any string argument, naming the field, and stores nothing', async () => {
    const create = await server.gql('mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', { i: { name: 'Evil\u0000Corp', address: { city: 'Bei\u0000jing' } } }, admin);
    expect(fieldsOf(create).sort()).toEqual(['input.address.city', 'input.name']);
    expect(await server.db.prisma.customer.count({ where: { name: { startsWith: 'Evil' } } })).toBe(0);

    expect(fieldsOf(await server.gql('{ customers(filter: { search: "a\\u0000b" }) { totalCount } }', {}, admin))).toEqual(['filter.search']);
    expect(fieldsOf(await server.gql('query($n: String) { customerDuplicates(name: $n) { name } }', { n: '\u0000' }, admin))).toEqual(['name']);
    const login = await server.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'x@test.local\u0000', p: 'whatever-password' });
    expect(fieldsOf(login)).toEqual(['email']);
  });
});

import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { BUILT_IN_ROLES } from '../../auth/permissions.ts';
import { makePartner } from '../../../seed/factories.ts';
import type { Role } from '../../../generated/prisma/enums.ts';
import { EXPORT_LISTS } from '../export-registry.ts';

/** The list's read permission: the rule of its GraphQL field, which every export page runs through. */
const READ: Record<string, string> = {
  customers: 'customer:read', contacts: 'contact:read', leads: 'lead:read', opportunities: 'opportunity:read',
  quotes: 'quote:read', orders: 'order:read', contracts: 'contract:read', activities: 'activity:read',
};

/**
 * Every built-in role × every exportable list: the file when the role holds the list's
 * `:export` permission and may read the list, 403 FORBIDDEN otherwise (the access matrix of
 * GraphQL operations, for the export endpoint).
 */
describe('export access matrix', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('knows the read permission of every list', () => {
    expect(Object.keys(READ).sort()).toEqual(EXPORT_LISTS.map((l) => l.name).sort());
  });

  const roles = BUILT_IN_ROLES.filter((r) => r.key !== 'PARTNER_ADMIN').map((r) => r.key as Role);
  it.each(roles)('%s', async (role) => {
    const partner = role === 'PARTNER' ? await makePartner(server.db.prisma) : null;
    const { token } = await server.signIn(role, { partnerId: partner?.id ?? null });
    const permissions = BUILT_IN_ROLES.find((r) => r.key === role)!.permissions as readonly string[];
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const list of EXPORT_LISTS) {
      const res = await fetch(`${server.url}/export/${list.name}?format=csv`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      got[list.name] = res.status;
      want[list.name] = permissions.includes(list.permission) && permissions.includes(READ[list.name]!) ? 200 : 403;
    }
    expect(got).toEqual(want);
  });
});

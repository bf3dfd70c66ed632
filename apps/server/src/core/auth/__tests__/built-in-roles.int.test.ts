import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { BUILT_IN_ROLES } from '../permissions.ts';

/** The migration creates the built-in roles with the defaults the code documents; the two must not drift. */
describe('built-in roles', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('are in the database exactly as BUILT_IN_ROLES declares them', async () => {
    const rows = await db.prisma.accessRole.findMany({ where: { key: { not: null } }, orderBy: { key: 'asc' } });
    const expected = [...BUILT_IN_ROLES].sort((a, b) => a.key.localeCompare(b.key));
    expect(rows.map((r) => ({ key: r.key, name: r.name, forPartners: r.forPartners, permissions: [...r.permissions].sort(), visibility: r.visibility })))
      .toEqual(expected.map((r) => ({ key: r.key, name: r.name, forPartners: r.forPartners, permissions: [...r.permissions].sort(), visibility: r.visibility })));
  });
});

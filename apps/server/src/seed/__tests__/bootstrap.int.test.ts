import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { makeUser } from '../factories.ts';
import { SETUP_COMPLETED_KEY, bootstrapData } from '../bootstrap.ts';

const config = { seedAdminEmail: 'Admin@Example.com ', seedAdminPassword: 'admin-pass-1', seedDemo: false };

/** Set-up is done when its marker says so, not when "a user exists". (Killed mid-seed: startup-crash.system.test.ts.) */
describe('bootstrap: the first start, recorded explicitly', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.drop());

  it('seeds an empty database once, with the completion marker', async () => {
    expect(await bootstrapData(db.prisma, config)).toBe(true);
    expect(await db.prisma.user.findMany({ select: { email: true, role: true } })).toEqual([{ email: 'admin@example.com', role: 'ADMIN' }]);
    expect(await db.prisma.department.count({ where: { parentId: null } })).toBe(1);
    expect(await db.prisma.setting.findUnique({ where: { key: SETUP_COMPLETED_KEY } })).toMatchObject({ value: { demo: false } });
    expect(await bootstrapData(db.prisma, config)).toBe(false);
    expect(await db.prisma.user.count()).toBe(1);
  });

  it('a database set up by a release before the marker is kept as it is, and marked', async () => {
    await makeUser(db.prisma, { role: 'ADMIN' });
    expect(await bootstrapData(db.prisma, config)).toBe(false);
    expect(await db.prisma.user.count()).toBe(1);
    expect(await db.prisma.setting.findUnique({ where: { key: SETUP_COMPLETED_KEY } })).toMatchObject({ value: { by: 'an earlier release' } });
  });

  it('a failed first-run transaction leaves nothing, and the next start seeds', async () => {
    // an admin email no user row can hold (NUL is refused by PostgreSQL): the transaction fails after the department insert
    await expect(bootstrapData(db.prisma, { ...config, seedAdminEmail: 'bad\u0000@example.com' })).rejects.toThrow();
    expect(await db.prisma.department.count()).toBe(0);
    expect(await db.prisma.setting.findUnique({ where: { key: SETUP_COMPLETED_KEY } })).toBeNull();
    expect(await bootstrapData(db.prisma, config)).toBe(true);
    expect(await db.prisma.department.count()).toBe(1);
  });
});

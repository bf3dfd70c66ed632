import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { makeUser } from '../../../seed/factories.ts';
import { hashToken } from '../../auth/tokens.ts';
import { SessionRepository } from '../../../modules/auth/auth.repository.ts';
import { preparedStatementName } from '../prepared.ts';

describe('prepared statements for hot, fixed-shape queries', () => {
  it('names only marked statements, by their text', () => {
    const viewer = { sql: '/* prepared */ SELECT 1 WHERE $1' };
    expect(preparedStatementName({ sql: 'SELECT 1' })).toBeUndefined();
    expect(preparedStatementName(viewer)).toMatch(/^p_[0-9a-f]{16}$/);
    expect(preparedStatementName({ ...viewer })).toBe(preparedStatementName(viewer));
    expect(preparedStatementName({ sql: '/* prepared */ SELECT 2 WHERE $1' })).not.toBe(preparedStatementName(viewer));
  });

  describe('the viewer lookup', () => {
    let db: TestDatabase;
    const poolSize = process.env.DB_POOL_SIZE;

    beforeAll(async () => {
      // one connection, so the statements this test prepares are the ones it can list
      process.env.DB_POOL_SIZE = '1';
      db = await createTestDatabase();
    });
    afterAll(async () => {
      if (poolSize === undefined) delete process.env.DB_POOL_SIZE;
      else process.env.DB_POOL_SIZE = poolSize;
      await db.drop();
    });

    it('answers the same viewer every time, and on PostgreSQL reuses one prepared statement', async () => {
      const user = await makeUser(db.prisma, { role: 'SALES_REP', name: '王芳' });
      const sessions = new SessionRepository(db.prisma);
      await sessions.create({ id: randomUUID(), tokenHash: hashToken('probe-token'), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
      const first = await sessions.findLive(hashToken('probe-token'));
      for (let i = 0; i < 7; i++) expect(await sessions.findLive(hashToken('probe-token'))).toEqual(first);
      expect(first).toMatchObject({ userId: user.id, name: '王芳', role: 'SALES_REP' });
      expect(first!.lastSeenAt).toBeInstanceOf(Date);
      expect(first!.permissions).toEqual(expect.arrayContaining(['customer:read']));
      expect(await sessions.findLive(hashToken('another-token'))).toBeNull();
      if (db.kind === 'postgres') {
        const prepared = await db.prisma.$queryRawUnsafe<{ name: string; statement: string; runs: number }[]>(
          'SELECT name, statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements',
        );
        // prepared once on the connection, run nine times
        expect(prepared).toEqual([{ name: preparedStatementName({ sql: prepared[0]!.statement }), statement: expect.stringMatching(/^\/\* prepared \*\/ /), runs: 9 }]);
      }
    });
  });
});

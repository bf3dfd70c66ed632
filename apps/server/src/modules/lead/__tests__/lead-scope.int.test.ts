import 'reflect-metadata';
import { Prisma } from '../../../generated/prisma/client.ts';
import type { Scope } from '../../../core/auth/scope.ts';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { makeUser } from '../../../seed/factories.ts';
import { visibleSql, visibleWhere } from '../../../core/access/access.ts';
import { makeLead } from './lead-factories.ts';

/** The Lead rule's Prisma where and its SQL predicate must see exactly the same leads. */
describe('lead scope twins agree', () => {
  let db: TestDatabase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const key of ['rep', 'other', 'marketer']) ids[key] = (await makeUser(db.prisma, { role: key === 'marketer' ? 'MARKETER' : 'SALES_REP' })).id;
    await makeLead(db.prisma, { name: 'mine', ownerId: ids.rep });
    await makeLead(db.prisma, { name: 'theirs', ownerId: ids.other });
    await makeLead(db.prisma, { name: 'pool' });
    await makeLead(db.prisma, { name: 'by marketer', ownerId: ids.other, createdById: ids.marketer });
  });
  afterAll(() => db.drop());

  const scopes = (): [string, Scope][] => [
    ['admin', { kind: 'all', userId: ids.rep, role: 'ADMIN' }],
    ['manager', { kind: 'department', userId: ids.rep, role: 'SALES_MANAGER', userIds: [ids.rep] }],
    ['rep', { kind: 'own', userId: ids.rep, role: 'SALES_REP' }],
    ['marketer', { kind: 'own', userId: ids.marketer, role: 'MARKETER' }],
    ['partner', { kind: 'partner', userId: ids.rep, role: 'PARTNER', partnerId: null }],
  ];

  it.each([0, 1, 2, 3, 4])('scope #%i', async (i) => {
    const [, scope] = scopes()[i];
    const viaWhere = (await db.prisma.lead.findMany({ where: visibleWhere('Lead', scope), select: { name: true } })).map((l) => l.name).sort();
    const viaSql = (await db.prisma.$queryRaw<{ name: string }[]>(Prisma.sql`SELECT l.name FROM "Lead" l WHERE ${visibleSql('Lead', scope, 'l')}`)).map((l) => l.name).sort();
    expect(viaSql).toEqual(viaWhere);
  });

  it('sees what each role should', async () => {
    const names = async (scope: Scope) => (await db.prisma.lead.findMany({ where: visibleWhere('Lead', scope), select: { name: true } })).map((l) => l.name).sort();
    const s = Object.fromEntries(scopes());
    expect(await names(s.rep)).toEqual(['mine', 'pool']);
    expect(await names(s.marketer)).toEqual(['by marketer', 'pool']);
    expect(await names(s.partner)).toEqual([]);
  });
});

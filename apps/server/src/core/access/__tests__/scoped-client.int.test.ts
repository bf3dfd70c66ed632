import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { makeCustomer, makeUser } from '../../../seed/factories.ts';
import type { Scope } from '../../auth/scope.ts';
import { scopedClient, systemClient } from '../scoped-client.ts';

/**
 * The scoped client adds the principal's visibility rule to every read, count, aggregate,
 * groupBy, update and delete, so a repository cannot forget it: a rep's client never reads
 * or changes another rep's customer, whatever the method.
 */
describe('scoped client', () => {
  let db: TestDatabase;
  let rep: Scope;
  let mine: string;
  let theirs: string;
  let pool: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const a = await makeUser(db.prisma);
    const b = await makeUser(db.prisma);
    rep = { kind: 'own', userId: a.id, role: 'SALES_REP' };
    mine = (await makeCustomer(db.prisma, { name: 'Mine', ownerId: a.id, industry: 'Energy' })).id;
    theirs = (await makeCustomer(db.prisma, { name: 'Theirs', ownerId: b.id, industry: 'Retail' })).id;
    pool = (await makeCustomer(db.prisma, { name: 'Pool', industry: 'Food' })).id;
  });
  afterAll(() => db.drop());

  it('narrows every read, count, aggregate and groupBy', async () => {
    const c = scopedClient(db.prisma, rep).customer;
    expect((await c.findMany({ orderBy: { name: 'asc' } })).map((r) => r.name)).toEqual(['Mine', 'Pool']);
    expect(await c.findUnique({ where: { id: theirs } })).toBeNull();
    expect(await c.findFirst({ where: { OR: [{ id: theirs }, { name: 'Theirs' }] } })).toBeNull();
    await expect(c.findUniqueOrThrow({ where: { id: theirs } })).rejects.toThrow();
    expect(await c.count()).toBe(2);
    expect(await c.count({ where: { AND: [{ name: { startsWith: 'T' } }] } })).toBe(0);
    expect((await c.aggregate({ _count: { _all: true } }))._count._all).toBe(2);
    expect((await c.groupBy({ by: ['industry'], orderBy: { industry: 'asc' } })).map((g) => g.industry)).toEqual(['Energy', 'Food']);
    expect((await c.findUnique({ where: { id: mine } }))?.name).toBe('Mine');
  });

  it('never updates or deletes a row outside the scope, by id or by filter', async () => {
    const c = scopedClient(db.prisma, rep).customer;
    expect((await c.updateMany({ data: { tier: 'KEY' } })).count).toBe(2);
    await expect(c.update({ where: { id: theirs }, data: { name: 'Hijacked' } })).rejects.toThrow();
    await expect(c.delete({ where: { id: theirs } })).rejects.toThrow();
    expect((await c.deleteMany({ where: { id: theirs } })).count).toBe(0);
    const row = await db.prisma.customer.findUniqueOrThrow({ where: { id: theirs } });
    expect(row).toMatchObject({ name: 'Theirs', tier: 'STANDARD' });
    expect((await db.prisma.customer.findUniqueOrThrow({ where: { id: pool } })).tier).toBe('KEY');
  });

  it('narrows the client an interactive transaction hands to its callback', async () => {
    const counted = await scopedClient(db.prisma, rep).$transaction(async (tx) => [await tx.customer.count(), await tx.customer.findUnique({ where: { id: theirs } })]);
    expect(counted).toEqual([2, null]);
  });

  it('lets a named system step reach every row inside the same transaction', async () => {
    const seen = await scopedClient(db.prisma, rep).$transaction(async (tx) => {
      await tx.customer.updateMany({ where: { id: mine }, data: { industry: 'Energy storage' } });
      const system = systemClient(tx, 'probe: a step about every owner’s customers');
      expect(systemClient(tx, 'probe')).not.toBe(tx);
      return [await tx.customer.count(), await system.customer.count(), (await system.customer.findUniqueOrThrow({ where: { id: mine } })).industry];
    });
    // the system client shares the transaction: it reads the scoped client's uncommitted write
    expect(seen).toEqual([2, 3, 'Energy storage']);
    expect(() => systemClient(db.prisma, ' ')).toThrow('reason');
  });

  it('keeps one client per scope, and leaves an admin’s queries as they are', async () => {
    expect(scopedClient(db.prisma, rep)).toBe(scopedClient(db.prisma, rep));
    const admin: Scope = { kind: 'all', userId: 'x', role: 'ADMIN' };
    expect(await scopedClient(db.prisma, admin).customer.count()).toBe(3);
  });
});

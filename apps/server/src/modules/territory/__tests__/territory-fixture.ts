import type { TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';
import { newId } from '../../../core/ids.ts';

/**
 * East → (Shanghai, Jiangsu → Suzhou) and North; rep A (inside the manager's department) and
 * rep B (outside it); customers and deals with hand-computable totals (USD 7.1 into CNY, no AUD rate).
 */
export async function seedTerritories(server: TestServer) {
  const db = server.db.prisma;
  const [qual, , , , won] = await ensureDefaultStages(db);
  await db.currencyRate.upsert({ where: { currency: 'USD' }, create: { currency: 'USD', rate: '7.1' }, update: { rate: '7.1' } });
  const top = await makeDepartment(db, { name: 'Sales' });
  const inner = await makeDepartment(db, { name: 'Inner', parentId: top.id });
  const other = await makeDepartment(db, { name: 'Other' });
  const admin = await server.signIn('ADMIN');
  const manager = await server.signIn('SALES_MANAGER', { departmentId: top.id });
  const repA = await server.signIn('SALES_REP', { departmentId: inner.id, name: 'Rep A' });
  const repB = await server.signIn('SALES_REP', { departmentId: other.id, name: 'Rep B' });
  const territory = async (name: string, parentId: string | null = null) => db.territory.create({ data: { id: newId(), name, parentId } });
  const east = await territory('East');
  const shanghai = await territory('Shanghai', east.id);
  const jiangsu = await territory('Jiangsu', east.id);
  const suzhou = await territory('Suzhou', jiangsu.id);
  const north = await territory('North');
  const customer = (name: string, ownerId: string | null, territoryId: string, extra: Record<string, unknown> = {}) =>
    makeCustomer(db, { name, ownerId, territoryId, ...extra });
  const c1 = await customer('SH A', repA.id, shanghai.id);
  const c2 = await customer('SH B', repB.id, shanghai.id);
  const c3 = await customer('SZ A', repA.id, suzhou.id);
  const c4 = await customer('JS pool', null, jiangsu.id);
  const c5 = await customer('East B', repB.id, east.id);
  await customer('North deleted', repA.id, north.id, { deletedAt: new Date() });
  const c7 = await customer('North B', repB.id, north.id);
  const deal = (ownerId: string, customerId: string, amount: string, currency = 'CNY', extra: Record<string, unknown> = {}) =>
    makeOpportunity(db, { ownerId, customerId, stageId: qual.id, amount, currency, ...extra });
  await deal(repA.id, c1.id, '1000.00');
  await deal(repA.id, c1.id, '500.00', 'CNY', { stageId: won.id, closedAt: new Date() }); // won: not open
  await deal(repA.id, c1.id, '100.00', 'USD'); // 710.00
  await deal(repB.id, c2.id, '2000.00');
  await deal(repA.id, c3.id, '300.50');
  await deal(repA.id, c3.id, '999.00', 'CNY', { deletedAt: new Date() }); // deleted: not counted
  await deal(repB.id, c4.id, '50.00', 'AUD'); // no rate: counted as unconverted
  await deal(repB.id, c5.id, '400.00');
  await deal(repA.id, c7.id, '7.00'); // rep A's deal on rep B's customer
  return { admin, manager, repA, repB, east, shanghai, jiangsu, suzhou, north, customers: { c1, c2, c3, c4, c5, c7 }, departments: { top, inner, other } };
}

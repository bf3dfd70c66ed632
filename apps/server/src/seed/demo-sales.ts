import type { Db } from '../core/db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { newId } from '../core/ids.ts';
import { documentTokens } from '../core/search/search-tokens.ts';
import { ensureDefaultStages } from './pipeline-stages.ts';
import { rng, type Rng } from './random.ts';

const DAY = 86_400_000;
const PRODUCTS = ['CRM 实施', 'ERP 升级', '数据平台', '云迁移', '年度维保', 'BI 报表', 'Cloud migration', 'Data platform', 'Support renewal', 'Analytics suite'];
const COMPETITORS = ['Salesforce', 'HubSpot', '纷享销客', '销售易', 'Zoho', 'Odoo'];
const LOST_REASONS = ['价格太高 Price too high', '选择了竞争对手 Chose a competitor', '预算取消 Budget cancelled', '时机不成熟 Bad timing', '需求不匹配 Requirements mismatch'];
/** Mostly CNY; weights sum to 100. */
const CURRENCIES: [string, number, number][] = [['CNY', 78, 1], ['USD', 8, 0.14], ['EUR', 5, 0.13], ['HKD', 5, 1.08], ['JPY', 2, 21], ['GBP', 2, 0.11]];

function currency(r: Rng): [string, number] {
  let roll = r.int(1, 100);
  for (const [code, weight, perCny] of CURRENCIES) {
    if ((roll -= weight) <= 0) return [code, perCny];
  }
  return ['CNY', 1];
}

/**
 * ~300 demo deals over the last 12 months on the demo customers, owned by their owners (each owner
 * about the same number): about a third won, a fifth lost, the rest open across the pipeline, each
 * with its stage history.
 */
export async function seedDemoSales(db: Db, count = 300): Promise<void> {
  const r = rng(20261126);
  const stages = await ensureDefaultStages(db);
  const open = stages.filter((s) => s.kind === 'OPEN');
  const won = stages.find((s) => s.kind === 'WON')!;
  const lost = stages.find((s) => s.kind === 'LOST')!;
  const all = await db.customer.findMany({ where: { deletedAt: null }, select: { id: true, name: true, ownerId: true, partnerId: true }, orderBy: { createdAt: 'asc' } });
  const customers = all.filter((c) => c.ownerId);
  const pool = all.filter((c) => !c.ownerId && !c.partnerId);
  if (customers.length === 0) return;
  const contacts = await db.contact.findMany({ select: { id: true, customerId: true } });
  // every owner gets a similar share of deals, on customers they own
  const byOwner = new Map<string, typeof customers>();
  for (const c of customers) byOwner.set(c.ownerId!, [...(byOwner.get(c.ownerId!) ?? []), c]);
  const owners = [...byOwner.keys()];
  // owners of few customers also work deals on pool customers (which every rep may see)
  owners.forEach((owner, k) => {
    const own = byOwner.get(owner)!;
    const extra = pool.length ? Array.from({ length: Math.max(0, 12 - own.length) }, (_, j) => pool[(k * 12 + j) % pool.length]) : [];
    byOwner.set(owner, [...own, ...extra]);
  });
  const now = Date.now();
  const deals: Prisma.OpportunityCreateManyInput[] = [];
  const history: Prisma.OpportunityStageChangeCreateManyInput[] = [];
  for (let i = 0; i < count; i++) {
    const ownerId = i < 3 ? customers[0].ownerId! : owners[i % owners.length];
    const customer = i < 3 ? customers[0] : r.pick(byOwner.get(ownerId)!);
    const [code, perCny] = currency(r);
    const amount = (Math.round(r.int(20, 2000) * 1000 * perCny) + (r.chance(0.2) ? r.int(1, 99) / 100 : 0)).toFixed(2);
    const created = now - r.int(5, 365) * DAY - r.int(0, DAY);
    const roll = r.next();
    const outcome = roll < 0.32 ? 'WON' : roll < 0.52 ? 'LOST' : 'OPEN';
    const reached = outcome === 'OPEN' ? r.int(0, open.length - 1) : r.int(outcome === 'WON' ? 2 : 0, open.length - 1);
    const path = [...open.slice(0, reached + 1), ...(outcome === 'WON' ? [won] : outcome === 'LOST' ? [lost] : [])];
    // spread the stage entries between creation and (for closed deals) a close date in the past
    const span = Math.min(now - created, r.int(14, 150) * DAY);
    let at = created;
    const id = newId();
    for (const [k, stage] of path.entries()) {
      const enteredAt = k === 0 ? created : at + Math.floor(span / path.length) * (0.5 + r.next());
      const entered = Math.min(enteredAt, now - (path.length - k) * 3600_000);
      history.push({
        id: newId(), opportunityId: id, fromStageId: k ? path[k - 1].id : null, toStageId: stage.id,
        secondsInFrom: k ? Math.max(0, Math.floor((entered - at) / 1000)) : null, changedById: ownerId, changedAt: new Date(entered),
      });
      at = entered;
    }
    const stage = path.at(-1)!;
    const closedAt = stage.kind === 'OPEN' ? null : new Date(at);
    const expected = closedAt ? closedAt.getTime() : now + r.int(-20, 180) * DAY;
    const product = r.pick(PRODUCTS);
    const name = `${customer.name.replace(/(有限公司|股份有限公司|Inc\.|Ltd\.|LLC|Co\.)$/, '').trim()} ${product}`;
    const contact = contacts.find((c) => c.customerId === customer.id && r.chance(0.7));
    deals.push({
      id, name, customerId: customer.id, contactId: contact?.id ?? null, ownerId, partnerId: customer.partnerId,
      stageId: stage.id, amount, currency: code, probability: stage.probability,
      expectedCloseDate: new Date(new Date(expected).toISOString().slice(0, 10)),
      competitors: r.chance(0.4) ? [r.pick(COMPETITORS)] : [], source: r.pick(['展会 Expo', 'Referral', 'Website', '老客户 Existing customer', 'Campaign']),
      lostReason: stage.kind === 'LOST' ? r.pick(LOST_REASONS) : null, closedAt, stageEnteredAt: new Date(at),
      rank: i, searchTokens: documentTokens(name), createdById: ownerId, createdAt: new Date(created), updatedAt: new Date(at),
    });
  }
  await db.opportunity.createMany({ data: deals });
  await db.opportunityStageChange.createMany({ data: history });
}

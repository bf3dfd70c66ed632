import type { Db } from '../core/db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { newId } from '../core/ids.ts';
import { recordChanges, type Change } from '../core/changes/change.ts';
import type { Rng } from './random.ts';

const CN_NOTES = [
  '电话沟通：客户对年度框架协议感兴趣，下周安排上门拜访。',
  '已发送产品资料和报价单，等待对方采购部门反馈。',
  '拜访纪要：技术总监关注数据安全与私有化部署。',
  '客户反馈预算在下季度审批，保持每月跟进。',
  '展会上交换名片，对方希望了解华东区域的服务能力。',
];
const EN_NOTES = [
  'Call: interested in an annual agreement; follow up after their budget meeting.',
  'Sent the product sheet and a first quote; waiting for procurement.',
  'Meeting notes: the CTO asked about single sign-on and data residency.',
  'They are evaluating two other vendors; decision expected next quarter.',
  'Met at the trade fair; wants a demo for the operations team.',
];

type CustomerRow = Pick<Prisma.CustomerCreateManyInput, 'id' | 'name' | 'ownerId' | 'createdAt' | 'lastActivityAt'>;

/**
 * What the demo customers' timelines and the audit log would hold had people entered the data:
 * a creation entry for each customer, a claim for owned ones, and notes on some.
 */
export async function seedDemoHistory(db: Db, r: Rng, customers: CustomerRow[], chineseIds: ReadonlySet<string>): Promise<void> {
  const history: Change[] = [];
  const notes: Prisma.NoteCreateManyInput[] = [];
  for (const c of customers) {
    const created = new Date(c.createdAt!);
    const actorId = c.ownerId ?? null;
    history.push({
      actorId, action: 'CREATED', entity: 'Customer', entityId: c.id, customerId: c.id, at: created,
      changes: [{ field: 'name', from: null, to: c.name }],
    });
    if (c.ownerId) {
      history.push({
        actorId, action: 'CLAIMED', entity: 'Customer', entityId: c.id, customerId: c.id,
        at: new Date(created.getTime() + 60_000), changes: [{ field: 'ownerId', from: null, to: c.ownerId }],
      });
    }
    if (c.ownerId && r.chance(0.4)) {
      const last = new Date(c.lastActivityAt!).getTime();
      notes.push({
        id: newId(), customerId: c.id, authorId: c.ownerId, body: r.pick(chineseIds.has(c.id) ? CN_NOTES : EN_NOTES),
        createdAt: new Date(Math.max(created.getTime() + 120_000, last)),
      });
    }
  }
  await recordChanges(db, history);
  await db.note.createMany({ data: notes });
}

import type { Db } from '../core/db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { nextDocumentNumber } from '../core/documents/document-number.ts';
import { newId } from '../core/ids.ts';
import { recordChange } from '../core/changes/change.ts';
import { documentTokens } from '../core/search/search-tokens.ts';

const DAY = 86_400_000;
type Line = { name: string; quantity: number | null; used: number; responseHours?: number };
interface Plan {
  kind: 'SALES' | 'SERVICE';
  title: string;
  value: string;
  currency?: string;
  /** Days from today. */
  start: number;
  end: number;
  state: 'DRAFT' | 'ACTIVE' | 'RENEWED' | 'TERMINATED';
  notice?: number;
  lines?: Line[];
  reason?: string;
  /** Index of the plan this one renews. */
  renews?: number;
}

const SUPPORT: Line[] = [
  { name: '现场服务 On-site visits', quantity: 6, used: 2, responseHours: 8 },
  { name: '7×24 热线 Hotline', quantity: null, used: 14, responseHours: 1 },
  { name: '远程支持 Remote support hours', quantity: 40, used: 35, responseHours: 4 },
];
const PLANS: Plan[] = [
  { kind: 'SERVICE', title: '年度维保服务合同 Annual maintenance', value: '86000.00', start: -200, end: 165, state: 'ACTIVE', lines: SUPPORT },
  { kind: 'SALES', title: 'CRM 软件许可 Software licences', value: '420000.00', start: -60, end: 305, state: 'ACTIVE' },
  { kind: 'SERVICE', title: '设备巡检服务 Equipment inspection', value: '36000.00', start: -353, end: 12, state: 'ACTIVE', notice: 30, lines: [{ name: '季度巡检 Quarterly inspection', quantity: 4, used: 3, responseHours: 24 }] },
  { kind: 'SALES', title: 'Cloud subscription 2026', value: '58000.00', currency: 'USD', start: -340, end: 25, state: 'ACTIVE', notice: 30 },
  { kind: 'SERVICE', title: '数据迁移支持 Data migration support', value: '24000.00', start: -90, end: 5, state: 'ACTIVE', notice: 60, lines: [{ name: '迁移工时 Migration hours', quantity: 80, used: 72 }] },
  { kind: 'SALES', title: '硬件采购框架协议 Hardware framework', value: '150000.00', start: -375, end: -10, state: 'ACTIVE', notice: 30 },
  { kind: 'SERVICE', title: '运维外包 Managed operations 2025', value: '120000.00', start: -730, end: -366, state: 'RENEWED', lines: SUPPORT },
  { kind: 'SERVICE', title: '运维外包 Managed operations 2026', value: '128000.00', start: -365, end: 20, state: 'ACTIVE', notice: 45, lines: SUPPORT, renews: 6 },
  { kind: 'SALES', title: '二期实施 Phase 2 implementation', value: '260000.00', start: 10, end: 375, state: 'DRAFT' },
  { kind: 'SERVICE', title: 'Premium support draft', value: '18000.00', currency: 'USD', start: 30, end: 395, state: 'DRAFT', lines: [{ name: 'Priority tickets', quantity: 20, used: 0, responseHours: 2 }] },
  { kind: 'SALES', title: '培训服务 Training services', value: '15000.00', start: -120, end: 245, state: 'TERMINATED', reason: '客户业务调整 Customer restructured' },
  { kind: 'SERVICE', title: 'Extended warranty', value: '9800.00', start: -30, end: 700, state: 'ACTIVE', lines: [{ name: 'Part replacements', quantity: 10, used: 1, responseHours: 48 }] },
];

const dateIn = (days: number) => new Date(Math.floor((Date.now() + days * DAY) / DAY) * DAY);

/** ~12 contracts over owned demo customers in every status: expiring soon, expired, a renewal chain, drafts, terminated; service ones with entitlements. */
export async function seedDemoContracts(db: Db): Promise<void> {
  const customers = await db.customer.findMany({
    where: { ownerId: { not: null }, deletedAt: null, contacts: { some: {} } },
    select: { id: true, ownerId: true, partnerId: true, contacts: { select: { id: true }, take: 1 } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 10,
  });
  if (!customers.length) return;
  const ids: string[] = [];
  await db.$transaction(async (tx) => {
    for (const [i, plan] of PLANS.entries()) {
      const customer = plan.renews !== undefined ? customers[plan.renews % customers.length]! : customers[i % customers.length]!;
      const id = newId();
      ids.push(id);
      const number = await nextDocumentNumber(tx, 'C', dateIn(Math.min(plan.start, 0)));
      const data: Prisma.ContractUncheckedCreateInput = {
        id, number, kind: plan.kind, title: plan.title, customerId: customer.id, contactId: customer.contacts[0]?.id ?? null,
        ownerId: customer.ownerId, partnerId: customer.partnerId, value: plan.value, currency: plan.currency ?? 'CNY',
        startDate: dateIn(plan.start), endDate: dateIn(plan.end), signedDate: plan.state === 'DRAFT' ? null : dateIn(plan.start - 7),
        terms: '付款方式：合同签订后 30 日内付清。Payment within 30 days of signing.', state: plan.state,
        renewalNoticeDays: plan.notice ?? 30, autoRenew: plan.kind === 'SERVICE',
        renewedFromId: plan.renews !== undefined ? ids[plan.renews] : null,
        terminatedAt: plan.state === 'TERMINATED' ? dateIn(-5) : null, terminationReason: plan.reason ?? null,
        searchTokens: documentTokens(number, plan.title), createdAt: dateIn(Math.min(plan.start, 0) - 10),
      };
      await tx.contract.create({ data });
      if (plan.lines?.length) {
        await tx.contractEntitlement.createMany({
          data: plan.lines.map((l, j) => ({
            id: newId(), contractId: id, name: l.name, quantity: l.quantity, responseHours: l.responseHours ?? null,
            used: plan.state === 'DRAFT' ? 0 : l.used, createdAt: new Date(Date.now() + j),
          })),
        });
      }
      await recordChange(tx, {
        actorId: customer.ownerId, action: 'CREATED', entity: 'Contract', entityId: id, customerId: customer.id,
        changes: [{ field: 'title', from: null, to: plan.title }], at: data.createdAt as Date,
      });
    }
  });
}

import type { Db } from '../core/db/database.ts';
import { recordChange } from '../core/changes/change.ts';
import { nextDocumentNumber } from '../core/documents/document-number.ts';
import { newId } from '../core/ids.ts';
import { Decimal } from '../core/money/money.ts';
import { buildLines } from '../modules/quote/quote-lines.ts';
import type { QuoteLineInput } from '../modules/quote/quote.inputs.ts';

const DAY = 86_400_000;
const TERMS = '1. 报价有效期内价格不变。Prices hold until the validity date.\n2. 付款：合同签订后 30 天内支付 100%。Payment: 100% within 30 days of signing.\n3. 交付：收到订单后 4 周内。Delivery: within 4 weeks of the order.';
type Status = 'DRAFT' | 'SENT' | 'EXPIRED' | 'REJECTED' | 'ACCEPTED';

/**
 * A handful of quotes on open CNY demo deals in every status — a draft, a sent one, an expired
 * one, a rejected one and an accepted one with its order — priced from the default CNY book
 * when the demo catalogue has one (seedDemoProducts runs first), with free-text lines besides.
 */
export async function seedDemoQuotes(db: Db): Promise<void> {
  // on deals of the demo reps li (North) and chen (East), so their logins show quotes
  const reps = await db.user.findMany({ where: { email: { in: ['rep.li@panorama.local', 'rep.chen@panorama.local'] } }, orderBy: { email: 'desc' }, select: { id: true } });
  const deals = [];
  for (const [i, rep] of reps.entries()) {
    deals.push(...(await db.opportunity.findMany({
      where: { deletedAt: null, currency: 'CNY', ownerId: rep.id, closedAt: null },
      orderBy: [{ amount: 'desc' }, { id: 'asc' }],
      take: i === 0 ? 3 : 2,
      select: { id: true, name: true, customerId: true, contactId: true, ownerId: true, partnerId: true, currency: true },
    })));
  }
  if (!deals.length) return;
  const book = await db.priceBook.findFirst({ where: { currency: 'CNY', isDefault: true, active: true }, select: { id: true } });
  const entries = book
    ? await db.priceBookEntry.findMany({ where: { priceBookId: book.id, product: { active: true } }, orderBy: { unitPrice: 'desc' }, take: 3, select: { productId: true } })
    : [];
  const statuses: Status[] = ['ACCEPTED', 'SENT', 'DRAFT', 'EXPIRED', 'REJECTED'];
  const now = Date.now();

  for (const [i, deal] of deals.entries()) {
    const status = statuses[i % statuses.length]!;
    const lines: QuoteLineInput[] = [
      ...entries.slice(0, 2).map((e, j) => ({ productId: e.productId, quantity: String([10, 3][j] ?? 1) })),
      { name: '实施服务 Implementation services', description: '现场实施与培训 On-site rollout and training', unit: '人天 day', quantity: String(5 + i * 2), unitPrice: '1800.00', taxRate: '6' },
      { name: '项目管理 Project management', quantity: '1', unitPrice: '6000.00', taxRate: '6', discountPercent: i % 2 ? '10' : '0' },
    ];
    await db.$transaction(async (tx) => {
      const discount = new Decimal(i % 2 ? '5' : '0');
      const { lines: priced, amounts } = await buildLines(tx, book?.id ?? null, lines, discount);
      const created = new Date(now - (20 - i * 3) * DAY);
      const validUntil = new Date(Math.floor((status === 'EXPIRED' ? now - 5 * DAY : now + 30 * DAY) / DAY) * DAY);
      const stored = status === 'EXPIRED' ? 'SENT' : status;
      const quote = await tx.quote.create({ data: {
        id: newId(), number: await nextDocumentNumber(tx, 'Q'), title: `${deal.name} 报价 Quotation`, opportunityId: deal.id, customerId: deal.customerId,
        contactId: deal.contactId, ownerId: deal.ownerId, partnerId: deal.partnerId, priceBookId: book?.id ?? null, currency: deal.currency,
        status: stored, validUntil, discountPercent: discount, subtotal: amounts.subtotal, discountTotal: amounts.discountTotal,
        taxTotal: amounts.taxTotal, total: amounts.total, terms: TERMS, createdById: deal.ownerId, createdAt: created,
        sentAt: stored === 'DRAFT' ? null : new Date(created.getTime() + DAY),
        rejectedAt: stored === 'REJECTED' ? new Date(created.getTime() + 4 * DAY) : null,
        acceptedAt: stored === 'ACCEPTED' ? new Date(created.getTime() + 6 * DAY) : null,
        lines: { create: priced.map((l) => ({ ...l, id: newId() })) },
      } });
      await recordChange(tx, { actorId: deal.ownerId, action: 'CREATED', entity: 'Quote', entityId: quote.id, customerId: deal.customerId, changes: [{ field: 'number', from: null, to: quote.number }] });
      if (stored === 'ACCEPTED') {
        const at = new Date(created.getTime() + 6 * DAY);
        const order = await tx.order.create({ data: {
          id: newId(), number: await nextDocumentNumber(tx, 'SO', at), quoteId: quote.id, opportunityId: deal.id, customerId: deal.customerId,
          contactId: deal.contactId, ownerId: deal.ownerId, partnerId: deal.partnerId, currency: deal.currency, orderDate: new Date(Math.floor(at.getTime() / DAY) * DAY),
          subtotal: quote.subtotal, discountTotal: quote.discountTotal, taxTotal: quote.taxTotal, total: quote.total, createdById: deal.ownerId,
          lines: { create: priced.map((l) => ({ ...l, id: newId() })) },
        } });
        await recordChange(tx, { actorId: deal.ownerId, action: 'CREATED', entity: 'Order', entityId: order.id, customerId: deal.customerId, changes: [{ field: 'number', from: null, to: order.number }] });
      }
    });
  }
}

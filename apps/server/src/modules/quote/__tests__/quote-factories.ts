import type { Db } from '../../../core/db/database.ts';
import { newId } from '../../../core/ids.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';

let counter = 0;

/** A deal (and its customer) owned by `ownerId` / linked to `partnerId`. */
export async function makeDeal(db: Db, data: { ownerId?: string | null; partnerId?: string | null; currency?: string; name?: string } = {}) {
  const stage = (await ensureDefaultStages(db))[0]!;
  const customer = await makeCustomer(db, { ownerId: data.partnerId ? null : data.ownerId ?? null, partnerId: data.partnerId ?? null });
  return makeOpportunity(db, {
    customerId: customer.id, stageId: stage.id, ownerId: data.ownerId ?? null, partnerId: data.partnerId ?? null,
    currency: data.currency ?? 'CNY', name: data.name ?? `Quote deal ${++counter}`,
  });
}

/** A quote straight in the database (one line of 1 × 100.00), in the given status. */
export async function makeQuote(
  db: Db,
  deal: { id: string; customerId: string; ownerId: string | null; partnerId: string | null; currency: string },
  data: { status?: 'DRAFT' | 'SENT' | 'ACCEPTED' | 'REJECTED'; validUntil?: string; title?: string } = {},
) {
  const id = newId();
  const n = ++counter;
  await db.quote.create({
    data: {
      id, number: `QT-${n}-${id.slice(0, 8)}`, title: data.title ?? `Quote ${n}`, opportunityId: deal.id, customerId: deal.customerId,
      ownerId: deal.ownerId, partnerId: deal.partnerId, currency: deal.currency, status: data.status ?? 'DRAFT',
      validUntil: new Date(`${data.validUntil ?? '2099-12-31'}T00:00:00Z`), subtotal: '100.00', total: '100.00',
      lines: { create: [{ id: newId(), position: 1, name: 'Consulting', quantity: '1', unitPrice: '100.00', subtotal: '100.00', discountAmount: '0', taxAmount: '0', total: '100.00' }] },
    },
  });
  return id;
}

/** An order of a quote, straight in the database. */
export async function makeOrder(db: Db, deal: { id: string; customerId: string; ownerId: string | null; partnerId: string | null; currency: string }) {
  const quoteId = await makeQuote(db, deal, { status: 'ACCEPTED' });
  const id = newId();
  await db.order.create({
    data: {
      id, number: `SOT-${++counter}-${id.slice(0, 8)}`, quoteId, opportunityId: deal.id, customerId: deal.customerId, ownerId: deal.ownerId,
      partnerId: deal.partnerId, currency: deal.currency, orderDate: new Date('2026-06-01T00:00:00Z'),
      subtotal: '100.00', discountTotal: '0', taxTotal: '0', total: '100.00',
    },
  });
  return id;
}

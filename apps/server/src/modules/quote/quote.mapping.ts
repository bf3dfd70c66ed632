import type { Quote as QuoteRow, QuoteLine as QuoteLineRow } from '../../generated/prisma/client.ts';
import { formatAmount, type Decimal } from '../../core/money/money.ts';
import { money } from '../../core/money/money.type.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { QuoteStatus, type Quote, type QuoteLine } from './quote.type.ts';
import { todayUtc } from './quote.scope.ts';

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
export const toDbDate = (isoDay: string): Date => new Date(`${isoDay}T00:00:00.000Z`);
const percent = (d: Decimal) => new Prisma.Decimal(d).toFixed(2);
const quantity = (d: Decimal) => new Prisma.Decimal(d).toString();

/** The status a reader sees: a SENT quote past its validUntil is EXPIRED. */
export function readStatus(stored: string, validUntil: string, today = todayUtc()): QuoteStatus {
  return stored === 'SENT' && validUntil < today ? QuoteStatus.EXPIRED : (stored as QuoteStatus);
}

export function toQuote(row: QuoteRow, today = todayUtc()): Quote {
  const currency = row.currency.trim();
  const validUntil = isoDate(row.validUntil);
  return {
    id: row.id, number: row.number, title: row.title,
    status: readStatus(row.status, validUntil, today), storedStatus: row.status as QuoteStatus,
    opportunityId: row.opportunityId, customerId: row.customerId, contactId: row.contactId, ownerId: row.ownerId,
    partnerId: row.partnerId, priceBookId: row.priceBookId, currency, validUntil,
    discountPercent: percent(row.discountPercent),
    subtotal: money(formatAmount(row.subtotal), currency), discountTotal: money(formatAmount(row.discountTotal), currency),
    taxTotal: money(formatAmount(row.taxTotal), currency), total: money(formatAmount(row.total), currency),
    billingAddress: row.billingAddress, terms: row.terms, notes: row.notes,
    sentAt: row.sentAt, acceptedAt: row.acceptedAt, rejectedAt: row.rejectedAt, deletedAt: row.deletedAt,
    createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

/** The shape quote and order lines share in the database. */
export type DocumentLineRow = Omit<QuoteLineRow, 'quoteId'>;

export function toLine(row: DocumentLineRow, currency: string): QuoteLine {
  return {
    id: row.id, position: row.position, productId: row.productId, name: row.name, description: row.description, unit: row.unit,
    quantity: quantity(row.quantity), unitPrice: money(formatAmount(row.unitPrice), currency),
    discountPercent: percent(row.discountPercent), taxRate: percent(row.taxRate),
    subtotal: money(formatAmount(row.subtotal), currency), discountAmount: money(formatAmount(row.discountAmount), currency),
    taxAmount: money(formatAmount(row.taxAmount), currency), total: money(formatAmount(row.total), currency),
  };
}

import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId, newId } from '../../core/ids.ts';
import { Decimal } from '../../core/money/money.ts';
import { parsePercent } from '../../core/money/line-amounts.ts';
import { nextDocumentNumber } from '../../core/documents/document-number.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import { opportunityDeleted } from '../opportunity/opportunity.errors.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import type { OrderRepository } from './order.repository.ts';
import type { Order } from './order.type.ts';
import { QuoteSortField, type CreateQuoteInput, type QuoteLineInput, type QuotesArgs, type UpdateQuoteInput } from './quote.inputs.ts';
import type { QuoteRepository, Tx } from './quote.repository.ts';
import { QuoteStatus, type Quote } from './quote.type.ts';
import { toDbDate } from './quote.mapping.ts';
import { todayUtc } from './quote.scope.ts';
import { buildLines } from './quote-lines.ts';
import { alreadyAccepted, notRevisable, quoteExpired, quoteHasNoLines, quoteNotDraft, quoteNotFound, quoteNotSent } from './quote.errors.ts';

const auditable = (q: Partial<Quote>) => ({
  title: q.title, validUntil: q.validUntil, priceBookId: q.priceBookId, discountPercent: q.discountPercent, contactId: q.contactId,
  billingAddress: q.billingAddress, terms: q.terms, notes: q.notes, total: q.total?.amount,
});

const sortValue = (q: Quote, field: QuoteSortField): string => {
  switch (field) {
    case QuoteSortField.UPDATED_AT: return q.updatedAt.toISOString();
    case QuoteSortField.CREATED_AT: return q.createdAt.toISOString();
    case QuoteSortField.VALID_UNTIL: return q.validUntil;
    case QuoteSortField.TOTAL: return q.total.amount;
    case QuoteSortField.NUMBER: return q.number;
  }
};

/** A quote is valid for 30 days unless told otherwise (revisions of lapsed quotes). */
const in30Days = (today: string) => new Date(toDbDate(today).getTime() + 30 * 86_400_000).toISOString().slice(0, 10);

/**
 * Quotes on deals: visible exactly when the deal is (quote.scope.ts); drafts are edited,
 * then sent, then accepted (which makes the order) or rejected; lapsed ones read EXPIRED.
 * Totals are always the server's (quote-totals.ts); every change is audited on the
 * customer's timeline.
 */
export class QuoteService {
  constructor(
    readonly repo: QuoteRepository,
    private readonly orders: OrderRepository,
    private readonly opportunities: OpportunityService,
  ) {}

  async list(scope: Scope, args: QuotesArgs): Promise<Connection<Quote>> {
    const first = checkPageSize(args.first);
    const field = args.orderBy?.field ?? QuoteSortField.UPDATED_AT;
    const direction = args.orderBy?.direction ?? SortDirection.DESC;
    const { rows, totalCount } = await this.repo.list(scope, {
      filter: args.filter, field, direction, after: decodeCursor(args.after), take: first + 1, today: todayUtc(),
    });
    return toConnection(rows, first, (q) => sortValue(q, field), totalCount);
  }

  /** A live quote the viewer may see; NOT_FOUND otherwise (never a hint that it exists). */
  async get(scope: Scope, id: string, tx?: Tx): Promise<Quote> {
    const found = await this.repo.findVisible(scope, checkId(id), tx);
    if (!found || found.deletedAt) throw quoteNotFound();
    return found;
  }

  async create(viewer: Viewer, scope: Scope, input: CreateQuoteInput): Promise<Quote> {
    const opportunityId = checkId(input.opportunityId, 'input.opportunityId');
    checkOptionalId(input.priceBookId, 'input.priceBookId');
    checkOptionalId(input.contactId, 'input.contactId');
    const discount = parsePercent(input.discountPercent, 'input.discountPercent');
    checkValidUntil(input.validUntil, 'input.validUntil');
    return this.repo.transaction(scope, async (tx) => {
      const deal = await this.opportunities.editable(scope, opportunityId, tx);
      if (deal.deletedAt) throw opportunityDeleted(deal.name);
      const priceBookId = await this.priceBookFor(tx, input.priceBookId, deal.currency);
      const contactId = await this.contactFor(tx, scope, input.contactId !== undefined ? input.contactId : deal.contactId, deal.customerId, input.contactId !== undefined);
      const lineInputs = input.lines?.length ? input.lines : await this.dealLines(tx, deal.id);
      const { lines, amounts } = await buildLines(tx, priceBookId, lineInputs, discount);
      const quote = await this.repo.create(tx, {
        id: newId(), number: await nextDocumentNumber(tx, 'Q'), title: input.title?.trim() || deal.name,
        opportunityId: deal.id, customerId: deal.customerId, contactId, ownerId: deal.ownerId, partnerId: deal.partnerId,
        priceBookId, currency: deal.currency, validUntil: toDbDate(input.validUntil), discountPercent: discount,
        subtotal: amounts.subtotal, discountTotal: amounts.discountTotal, taxTotal: amounts.taxTotal, total: amounts.total,
        billingAddress: input.billingAddress?.trim() || null, terms: input.terms?.trim() || null, notes: input.notes?.trim() || null,
        createdById: viewer.id,
      }, lines);
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'Quote', entityId: quote.id, customerId: quote.customerId, changes: diffFields({}, { number: quote.number, ...auditable(quote) }) });
      return quote;
    });
  }

  /** Changes a draft (CONFLICT QUOTE_NOT_DRAFT otherwise); `lines`, when given, replace all lines; totals are recomputed. */
  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateQuoteInput): Promise<Quote> {
    checkOptionalId(input.priceBookId, 'input.priceBookId');
    checkOptionalId(input.contactId, 'input.contactId');
    if (input.validUntil != null) checkValidUntil(input.validUntil, 'input.validUntil');
    return this.repo.transaction(scope, async (tx) => {
      const before = await this.get(scope, id, tx);
      if (before.storedStatus !== QuoteStatus.DRAFT) throw quoteNotDraft(before);
      const discount = input.discountPercent != null ? parsePercent(input.discountPercent, 'input.discountPercent') : new Decimal(before.discountPercent);
      const priceBookId = input.priceBookId !== undefined ? await this.priceBookFor(tx, input.priceBookId, before.currency, true) : before.priceBookId;
      const contactId = input.contactId !== undefined ? await this.contactFor(tx, scope, input.contactId, before.customerId, true) : before.contactId;
      const lineInputs = input.lines ?? (await this.repo.linesOf(scope, [before.id], tx)).map(asInput);
      const { lines, amounts } = await buildLines(tx, priceBookId, lineInputs, discount);
      const data = {
        ...(input.title != null ? { title: input.title.trim() } : {}),
        ...(input.validUntil != null ? { validUntil: toDbDate(input.validUntil) } : {}),
        ...(input.billingAddress !== undefined ? { billingAddress: input.billingAddress?.trim() || null } : {}),
        ...(input.terms !== undefined ? { terms: input.terms?.trim() || null } : {}),
        ...(input.notes !== undefined ? { notes: input.notes?.trim() || null } : {}),
        priceBookId, contactId, discountPercent: discount,
        subtotal: amounts.subtotal, discountTotal: amounts.discountTotal, taxTotal: amounts.taxTotal, total: amounts.total,
      };
      const after = await this.repo.updateVersioned(tx, scope, before.id, input.version, data, [QuoteStatus.DRAFT]);
      if (!after) throw staleVersion('Quote');
      await this.repo.replaceLines(tx, scope, before.id, lines);
      const changes = diffFields(auditable(before), auditable(after));
      if (input.lines) changes.push({ field: 'lines', from: null, to: String(lines.length) });
      await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'Quote', entityId: after.id, customerId: after.customerId, changes });
      return after;
    });
  }

  /** DRAFT → SENT; a quote without lines is not sent. */
  async markSent(viewer: Viewer, scope: Scope, id: string): Promise<Quote> {
    return this.repo.transaction(scope, async (tx) => {
      const before = await this.get(scope, id, tx);
      if (before.storedStatus !== QuoteStatus.DRAFT) throw quoteNotDraft(before);
      if (!(await this.repo.linesOf(scope, [before.id], tx)).length) throw quoteHasNoLines(before);
      return this.move(tx, viewer, scope, before, [QuoteStatus.DRAFT], QuoteStatus.SENT, { sentAt: new Date() }, 'SENT');
    });
  }

  /** SENT (or expired) → REJECTED. */
  async reject(viewer: Viewer, scope: Scope, id: string): Promise<Quote> {
    return this.repo.transaction(scope, async (tx) => {
      const before = await this.get(scope, id, tx);
      if (before.storedStatus === QuoteStatus.ACCEPTED) throw alreadyAccepted(before);
      if (before.storedStatus !== QuoteStatus.SENT) throw quoteNotSent(before);
      return this.move(tx, viewer, scope, before, [QuoteStatus.SENT], QuoteStatus.REJECTED, { rejectedAt: new Date() }, 'REJECTED');
    });
  }

  /**
   * Accepts a sent, unexpired quote and makes its order, in one transaction: the quote row is
   * locked (FOR UPDATE) so two concurrent accepts make one order (the second sees ACCEPTED and
   * answers CONFLICT ALREADY_ACCEPTED); any failure rolls everything back.
   */
  async accept(viewer: Viewer, scope: Scope, id: string): Promise<Order> {
    checkId(id);
    return this.repo.transaction(scope, async (tx) => {
      await this.get(scope, id, tx);
      const quote = await this.repo.lock(tx, scope, id);
      if (!quote || quote.deletedAt) throw quoteNotFound();
      if (quote.storedStatus === QuoteStatus.ACCEPTED) throw alreadyAccepted(quote);
      if (quote.storedStatus !== QuoteStatus.SENT) throw quoteNotSent(quote);
      if (quote.status === QuoteStatus.EXPIRED) throw quoteExpired(quote);
      const now = new Date();
      const order = await this.orders.createFromQuote(tx, await this.repo.findRow(tx, scope, id), await this.repo.linesOf(scope, [id], tx), viewer.id, now);
      await this.move(tx, viewer, scope, quote, [QuoteStatus.SENT], QuoteStatus.ACCEPTED, { acceptedAt: now }, 'ACCEPTED');
      await recordChange(tx, {
        actorId: viewer.id, action: 'CREATED', entity: 'Order', entityId: order.id, customerId: order.customerId,
        changes: [{ field: 'number', from: null, to: order.number }, { field: 'quote', from: null, to: quote.number }, { field: 'total', from: null, to: order.total.amount }],
      });
      return order;
    });
  }

  /** A new DRAFT copying a sent, expired or rejected quote (lines as quoted, not repriced). */
  async revise(viewer: Viewer, scope: Scope, id: string): Promise<Quote> {
    return this.repo.transaction(scope, async (tx) => {
      const source = await this.get(scope, id, tx);
      if (source.storedStatus !== QuoteStatus.SENT && source.storedStatus !== QuoteStatus.REJECTED) throw notRevisable(source);
      const row = await this.repo.findRow(tx, scope, id);
      const lines = (await this.repo.linesOf(scope, [id], tx)).map(({ id: _id, quoteId: _q, ...l }) => l);
      const today = todayUtc();
      const quote = await this.repo.create(tx, {
        id: newId(), number: await nextDocumentNumber(tx, 'Q'), title: row.title, opportunityId: row.opportunityId, customerId: row.customerId,
        contactId: row.contactId, ownerId: row.ownerId, partnerId: row.partnerId, priceBookId: row.priceBookId, currency: row.currency,
        validUntil: source.validUntil >= today ? row.validUntil : toDbDate(in30Days(today)), discountPercent: row.discountPercent,
        subtotal: row.subtotal, discountTotal: row.discountTotal, taxTotal: row.taxTotal, total: row.total,
        billingAddress: row.billingAddress, terms: row.terms, notes: row.notes, createdById: viewer.id,
      }, lines);
      await recordChange(tx, {
        actorId: viewer.id, action: 'REVISED', entity: 'Quote', entityId: quote.id, customerId: quote.customerId,
        changes: [{ field: 'number', from: source.number, to: quote.number }],
      });
      return quote;
    });
  }

  /** Soft-deletes a draft. */
  async remove(viewer: Viewer, scope: Scope, id: string): Promise<Quote> {
    return this.repo.transaction(scope, async (tx) => {
      const before = await this.get(scope, id, tx);
      if (before.storedStatus !== QuoteStatus.DRAFT) throw quoteNotDraft(before);
      const after = await this.repo.updateVersioned(tx, scope, before.id, before.version, { deletedAt: new Date() }, [QuoteStatus.DRAFT]);
      if (!after) throw staleVersion('Quote');
      await recordChange(tx, { actorId: viewer.id, action: 'DELETED', entity: 'Quote', entityId: id, customerId: after.customerId });
      return after;
    });
  }

  private async move(tx: Tx, viewer: Viewer, scope: Scope, before: Quote, from: QuoteStatus[], to: QuoteStatus, data: Record<string, Date>, action: string) {
    const after = await this.repo.updateVersioned(tx, scope, before.id, null, { status: to, ...data }, from);
    if (!after) throw staleVersion('Quote');
    await recordChange(tx, {
      actorId: viewer.id, action, entity: 'Quote', entityId: before.id, customerId: before.customerId,
      changes: [{ field: 'status', from: before.status, to }],
    });
    return after;
  }

  /** The given price book (active, in the deal's currency) or the currency's default one; null when there is none. */
  private async priceBookFor(tx: Tx, id: string | null | undefined, currency: string, explicit = false): Promise<string | null> {
    if (id) {
      const book = await this.repo.priceBook(tx, id);
      if (!book || !book.active) throw badInput('input.priceBookId', 'no such active price book');
      if (book.currency.trim() !== currency) throw badInput('input.priceBookId', `must be in the deal’s currency (${currency})`);
      return book.id;
    }
    if (explicit) return null;
    return (await this.repo.defaultPriceBook(tx, currency))?.id ?? null;
  }

  private async contactFor(tx: Tx, scope: Scope, contactId: string | null | undefined, customerId: string, explicit: boolean): Promise<string | null> {
    if (!contactId) return null;
    const found = await this.opportunities.repo.contactOfCustomer(tx, scope, contactId, customerId);
    if (!found) {
      if (explicit) throw badInput('input.contactId', 'must be a contact of the deal’s customer');
      return null;
    }
    return found.id;
  }

  /** The deal's line items as quote lines (the quote repeats their prices and discounts). */
  private async dealLines(tx: Tx, opportunityId: string): Promise<QuoteLineInput[]> {
    return (await this.repo.dealLineItems(tx, opportunityId)).map((item) => ({
      productId: item.productId, name: item.product.name, unit: item.product.unit, description: item.description,
      quantity: item.quantity.toString(), unitPrice: item.unitPrice.toFixed(2),
      discountPercent: item.discountPercent.toFixed(2), taxRate: item.product.taxRate.toFixed(2),
    }));
  }
}

/** A stored line as input again (editing a draft's header keeps its lines as they are). */
function asInput(l: { productId: string | null; name: string; description: string | null; unit: string | null; quantity: Decimal; unitPrice: Decimal; discountPercent: Decimal; taxRate: Decimal }): QuoteLineInput {
  return {
    productId: l.productId, name: l.name, description: l.description, unit: l.unit, quantity: l.quantity.toString(),
    unitPrice: l.unitPrice.toFixed(2), discountPercent: l.discountPercent.toFixed(2), taxRate: l.taxRate.toFixed(2),
  };
}

function checkValidUntil(value: string, field: string) {
  if (value < todayUtc()) throw badInput(field, 'must be today or later');
}

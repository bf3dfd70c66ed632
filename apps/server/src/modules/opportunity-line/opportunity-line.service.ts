import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import { AppError, badInput, type FieldError } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { lineNet, parsePercent, parseQuantity } from '../../core/money/line-amounts.ts';
import { Decimal, parseAmount } from '../../core/money/money.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import type { Opportunity } from '../opportunity/opportunity.type.ts';
import { opportunityDeleted } from '../opportunity/opportunity.errors.ts';
import type { Transition } from '../opportunity/stage-transition.ts';
import { priceLine } from '../product/pricing.ts';
import type { LineData, OpportunityLineRepository, Tx } from './opportunity-line.repository.ts';
import { MAX_LINES, type OpportunityLineInput, type SetOpportunityLineItemsInput } from './opportunity-line.inputs.ts';

/** Setting lines never moves the deal between stages. */
const SAME_STAGE: Transition = { data: {}, history: null };
/** The largest value NUMERIC(18,2) holds. */
const MAX_AMOUNT = new Decimal('9999999999999999.99');

interface CheckedLine {
  productId: string;
  quantity: Decimal;
  unitPrice: Decimal | null;
  discountPercent: Decimal | null;
  description: string | null;
}

/** Every line's own fields, all problems named at once (`input.lines[2].quantity`). */
function checkLines(lines: readonly OpportunityLineInput[]): CheckedLine[] {
  const errors: FieldError[] = [];
  const collect = <T>(fn: () => T): T | null => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof AppError && Array.isArray(error.extensions.fields)) errors.push(...(error.extensions.fields as FieldError[]));
      else throw error;
      return null;
    }
  };
  const checked = lines.map((line, i) => {
    const at = `input.lines[${i}]`;
    const description = line.description?.trim() || null;
    if (description && description.length > 1000) errors.push({ field: `${at}.description`, message: 'must be at most 1000 characters' });
    return {
      productId: collect(() => checkId(line.productId, `${at}.productId`)) ?? '',
      quantity: collect(() => parseQuantity(line.quantity, `${at}.quantity`)) ?? new Decimal(0),
      unitPrice: line.unitPrice?.trim() ? collect(() => parseAmount(line.unitPrice, `${at}.unitPrice`)) : null,
      discountPercent: line.discountPercent?.trim() ? collect(() => parsePercent(line.discountPercent, `${at}.discountPercent`)) : null,
      description,
    };
  });
  if (errors.length) throw badInput(errors);
  return checked;
}

/**
 * A deal's products (Panorama issue #3 item 3). Setting the lines replaces all of them in one
 * transaction: prices default from the deal's price book (list price and the volume discount
 * reached), the deal's amount becomes the sum of the line totals and its version goes up, through
 * OpportunityService.save (which audits the amount); one more audit entry records the lines. Access follows the deal: a deal
 * outside the viewer's scope answers NOT_FOUND.
 */
export class OpportunityLineService {
  constructor(
    readonly repo: OpportunityLineRepository,
    private readonly opportunities: OpportunityService,
  ) {}

  async set(viewer: Viewer, scope: Scope, opportunityId: string, input: SetOpportunityLineItemsInput): Promise<Opportunity> {
    const before = await this.opportunities.editable(scope, opportunityId);
    if (before.deletedAt) throw opportunityDeleted(before.name);
    const lines = input.lines ?? [];
    if (lines.length > MAX_LINES) throw badInput('input.lines', `must be at most ${MAX_LINES} lines`);
    const checked = checkLines(lines);
    if (checked.length && !input.priceBookId) throw badInput('input.priceBookId', 'is required');
    const bookId = checked.length ? checkId(input.priceBookId!, 'input.priceBookId') : null;

    // through OpportunityService.save, so the deal's own rules (version, closed commission periods, its audit of
    // the amount) hold exactly as for an edit; the lines are written in the same transaction
    return this.opportunities.save(viewer, scope, before, input.version, {}, SAME_STAGE, async (tx) => {
      if (bookId) await this.checkBook(tx, bookId, before.currency);
      const previous = await this.repo.current(tx, before.id);
      const products = await this.repo.productsOf(tx, [...new Set([...checked.map((l) => l.productId), ...previous.map((l) => l.productId)])]);
      const rows: LineData[] = [];
      let sum = new Decimal(0);
      for (const [i, line] of checked.entries()) {
        const at = `input.lines[${i}]`;
        const kept = previous.find((p) => p.productId === line.productId);
        // an archived product already on the deal may stay, at the terms agreed before
        const defaults = kept && products.get(line.productId)?.active === false
          ? { unitPrice: kept.unitPrice, discountPercent: kept.discountPercent }
          : await priceLine(tx, bookId!, line.productId, line.quantity, `${at}.productId`);
        const unitPrice = line.unitPrice ?? defaults.unitPrice;
        const discountPercent = line.discountPercent ?? defaults.discountPercent;
        const total = lineNet(line.quantity, unitPrice, discountPercent);
        if (total.gt(MAX_AMOUNT)) throw badInput(`${at}.quantity`, 'makes the line total too large');
        sum = sum.plus(total);
        rows.push({ id: newId(), productId: line.productId, position: i, description: line.description, quantity: line.quantity, unitPrice, discountPercent, total });
      }
      if (sum.gt(MAX_AMOUNT)) throw badInput('input.lines', 'the total is too large');
      const previousBookId = await this.repo.dealPriceBookId(tx, before.id);
      await this.repo.replace(tx, before.id, rows);
      const summary = (items: { productId: string; quantity: Decimal }[]) =>
        items.map((l) => `${l.quantity.toString()} × ${products.get(l.productId)?.name ?? l.productId}`).join('; ') || null;
      const changes = diffFields({ priceBookId: previousBookId, lineItems: summary(previous) }, { priceBookId: bookId, lineItems: summary(rows as { productId: string; quantity: Decimal }[]) });
      if (changes.length) {
        await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'Opportunity', entityId: before.id, customerId: before.customerId, changes });
      }
      // without lines the amount stays what it was (a plain, hand-entered amount again)
      return rows.length ? { amount: sum, priceBookId: bookId } : { priceBookId: null };
    });
  }

  /** The book must exist, be active and be in the deal's currency; BAD_USER_INPUT naming input.priceBookId otherwise. */
  private async checkBook(tx: Tx, bookId: string, currency: string): Promise<void> {
    const book = await this.repo.priceBook(tx, bookId);
    if (!book) throw badInput('input.priceBookId', 'no such price book');
    if (!book.active) throw badInput('input.priceBookId', 'is inactive');
    if (book.currency.trim() !== currency) throw badInput('input.priceBookId', `must be in the deal’s currency ${currency}`);
  }
}

import { AppError, badInput, type FieldError } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import { Decimal, parseAmount } from '../../core/money/money.ts';
import { parsePercent, parseQuantity } from '../../core/money/line-amounts.ts';
import { priceLine } from '../product/pricing.ts';
import type { QuoteLineInput } from './quote.inputs.ts';
import { quoteAmounts } from './quote-totals.ts';
import type { NewLine, Tx } from './quote.repository.ts';

const given = (v: string | null | undefined): v is string => v != null && v.trim() !== '';

function text(value: string | null | undefined, field: string, max: number): string | null {
  const t = value?.trim() ?? '';
  if (t.length > max) throw badInput(field, `must be at most ${max} characters`);
  return t || null;
}

/**
 * Validates and prices the lines of a quote, collecting every bad field (`input.lines[2].quantity`)
 * into one BAD_USER_INPUT, then computes the amounts (quote-totals.ts). Product lines are
 * priced from the price book: name, unit and tax rate are snapshots, the unit price is the list
 * price and the discount the volume discount reached, each unless the client gives its own.
 */
export async function buildLines(tx: Tx, priceBookId: string | null, inputs: readonly QuoteLineInput[], quoteDiscount: Decimal) {
  const errors: FieldError[] = [];
  const parsed: Omit<NewLine, 'subtotal' | 'discountAmount' | 'taxAmount' | 'total'>[] = [];
  for (const [i, line] of inputs.entries()) {
    const p = `input.lines[${i}]`;
    const attempt = async <T>(fn: () => T | Promise<T>): Promise<T | undefined> => {
      try {
        return await fn();
      } catch (e) {
        if (e instanceof AppError && e.extensions.code === 'BAD_USER_INPUT') errors.push(...(e.extensions.fields as FieldError[]));
        else throw e;
        return undefined;
      }
    };
    const quantity = await attempt(() => parseQuantity(line.quantity, `${p}.quantity`));
    const priced = line.productId
      ? await attempt(() => {
          checkId(line.productId!, `${p}.productId`);
          if (!priceBookId) throw badInput(`${p}.productId`, 'needs a price book on the quote');
          return priceLine(tx, priceBookId, line.productId!, quantity ?? new Decimal(1), `${p}.productId`);
        })
      : undefined;
    const name = await attempt(() => {
      const n = text(line.name, `${p}.name`, 200) ?? priced?.name ?? null;
      if (!n && !line.productId) throw badInput(`${p}.name`, 'is required for a line without a product');
      return n;
    });
    const unitPrice = await attempt(() => {
      if (given(line.unitPrice)) return parseAmount(line.unitPrice, `${p}.unitPrice`);
      if (!line.productId) throw badInput(`${p}.unitPrice`, 'is required for a line without a product');
      return priced?.unitPrice;
    });
    const discountPercent = await attempt(() => (given(line.discountPercent) ? parsePercent(line.discountPercent, `${p}.discountPercent`) : priced?.discountPercent ?? new Decimal(0)));
    const taxRate = await attempt(() => (given(line.taxRate) ? parsePercent(line.taxRate, `${p}.taxRate`) : priced?.taxRate ?? new Decimal(0)));
    const description = await attempt(() => text(line.description, `${p}.description`, 2000));
    const unit = await attempt(() => text(line.unit, `${p}.unit`, 20) ?? priced?.unit ?? null);
    if (quantity && name && unitPrice && discountPercent && taxRate) {
      parsed.push({
        position: i + 1, productId: line.productId ?? null, name, description: description ?? null, unit: unit ?? null,
        quantity, unitPrice: new Decimal(unitPrice), discountPercent: new Decimal(discountPercent), taxRate: new Decimal(taxRate),
      });
    }
  }
  if (errors.length) throw badInput(errors);
  const amounts = quoteAmounts(parsed, quoteDiscount);
  const lines: NewLine[] = parsed.map((l, i) => ({ ...l, ...amounts.lines[i]! }));
  return { lines, amounts };
}

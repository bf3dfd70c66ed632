import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChange, type FieldChange } from '../../core/changes/change.ts';
import { badInput, staleVersion, type FieldError } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { lineNet, parsePercent, parseQuantity } from '../../core/money/line-amounts.ts';
import { Decimal, checkCurrency, formatAmount, parseAmount, toCents } from '../../core/money/money.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { ProductRepository, Tx } from './product.repository.ts';
import { toProductPrice } from './product.repository.ts';
import type { PriceBook, PricedProduct, ProductPrice } from './product.type.ts';
import type { CreatePriceBookInput, PriceBookFilter, ProductPriceArgs, SetProductPriceInput, UpdatePriceBookInput, VolumeDiscountInput } from './product.inputs.ts';
import { priceBookInUse, priceBookNotFound, priceNotFound, productNotFound } from './product.errors.ts';
import { priceLine } from './pricing.ts';

const bookAuditable = (b: PriceBook) => ({ name: b.name, currency: b.currency, description: b.description, isDefault: b.isDefault, active: b.active });

function checkName(value: string | null | undefined): string {
  const name = value?.trim() ?? '';
  if (!name) throw badInput('input.name', 'is required');
  if (name.length > 100) throw badInput('input.name', 'must be 1 to 100 characters');
  return name;
}

function checkDescription(value: string | null | undefined): string | null {
  const text = value?.trim() || null;
  if (text && text.length > 1000) throw badInput('input.description', 'must be at most 1000 characters');
  return text;
}

/**
 * Volume-discount tiers, every problem named by its field (`input.tiers[1].minQuantity`):
 * minimum quantity > 0 and unique within the price, discount from 0 to 100. Sorted by minimum.
 */
export function checkTiers(tiers: readonly VolumeDiscountInput[]): { minQuantity: Decimal; discountPercent: Decimal }[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const checked: { minQuantity: Decimal; discountPercent: Decimal }[] = [];
  tiers.forEach((tier, i) => {
    const at = `input.tiers[${i}]`;
    let minQuantity: Decimal | null = null;
    let discountPercent: Decimal | null = null;
    try {
      minQuantity = parseQuantity(tier.minQuantity, `${at}.minQuantity`);
      const key = minQuantity.toString();
      if (seen.has(key)) {
        errors.push({ field: `${at}.minQuantity`, message: 'is used by another tier' });
        minQuantity = null;
      }
      seen.add(key);
    } catch (error) {
      errors.push(...fieldsOf(error));
    }
    try {
      if (!tier.discountPercent?.trim()) throw badInput(`${at}.discountPercent`, 'is required');
      discountPercent = parsePercent(tier.discountPercent, `${at}.discountPercent`);
    } catch (error) {
      errors.push(...fieldsOf(error));
    }
    if (minQuantity && discountPercent) checked.push({ minQuantity, discountPercent });
  });
  if (errors.length) throw badInput(errors);
  return checked.sort((a, b) => a.minQuantity.comparedTo(b.minQuantity));
}

function fieldsOf(error: unknown): FieldError[] {
  if (error instanceof AppError && Array.isArray(error.extensions.fields)) return error.extensions.fields as FieldError[];
  throw error;
}

/**
 * Price books (one default per currency), a product's price in each and its volume-discount
 * tiers. Every change is audited: entity 'PriceBook' for books and prices.
 */
export class PriceBookService {
  constructor(readonly repo: ProductRepository) {}

  list(scope: Scope, filter: PriceBookFilter | null | undefined): Promise<PriceBook[]> {
    const currency = filter?.currency ? checkCurrency(filter.currency, 'filter.currency') : null;
    return this.repo.priceBooks(scope, { ...filter, currency });
  }

  async get(scope: Scope, id: string, tx?: Tx): Promise<PriceBook> {
    const book = await this.repo.findPriceBook(scope, checkId(id), tx);
    if (!book) throw priceBookNotFound();
    return book;
  }

  async create(viewer: Viewer, scope: Scope, input: CreatePriceBookInput): Promise<PriceBook> {
    const name = checkName(input.name);
    const currency = checkCurrency(input.currency, 'input.currency');
    const active = input.active ?? true;
    if (input.isDefault && !active) throw badInput('input.isDefault', 'an inactive price book cannot be the default');
    return this.repo.transaction(scope, async (tx) => {
      const id = newId();
      if (input.isDefault) await this.repo.unsetOtherDefaults(tx, currency, id);
      const book = await this.repo.createPriceBook(tx, { id, name, currency, description: checkDescription(input.description), isDefault: Boolean(input.isDefault), active });
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'PriceBook', entityId: id, changes: diffFields({}, bookAuditable(book)) });
      return book;
    });
  }

  /** Edits a book; making it the default clears the other default of its currency in the same transaction. */
  async update(viewer: Viewer, scope: Scope, id: string, input: UpdatePriceBookInput): Promise<PriceBook> {
    const before = await this.get(scope, id);
    const data: Record<string, unknown> = {};
    if (input.name !== undefined) data.name = checkName(input.name);
    if (input.description !== undefined) data.description = checkDescription(input.description);
    if (input.currency !== undefined) {
      const currency = checkCurrency(input.currency, 'input.currency');
      if (currency !== before.currency && (await this.repo.entryCounts(scope, [before.id])).get(before.id)) {
        throw badInput('input.currency', 'cannot change while the book has prices');
      }
      data.currency = currency;
    }
    if (input.active != null) data.active = input.active;
    if (input.isDefault != null) data.isDefault = input.isDefault;
    const active = (data.active ?? before.active) as boolean;
    if (!active) {
      if (input.isDefault) throw badInput('input.isDefault', 'an inactive price book cannot be the default');
      data.isDefault = false;
    }
    return this.repo.transaction(scope, async (tx) => {
      const isDefault = (data.isDefault ?? before.isDefault) as boolean;
      if (isDefault) await this.repo.unsetOtherDefaults(tx, (data.currency ?? before.currency) as string, before.id);
      const after = await this.repo.updatePriceBookVersioned(tx, before.id, input.version, data);
      if (!after) throw staleVersion('PriceBook');
      const changes = diffFields(bookAuditable(before), bookAuditable(after));
      if (changes.length) await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'PriceBook', entityId: before.id, changes });
      return after;
    });
  }

  /** Deletes a book and its prices; a book that prices deals or quotes answers CONFLICT (deactivate it instead). */
  async remove(viewer: Viewer, scope: Scope, id: string): Promise<boolean> {
    const book = await this.get(scope, id);
    if (await this.repo.priceBookUses(book.id)) throw priceBookInUse(book.name);
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.deletePriceBook(tx, book.id);
      await recordChange(tx, { actorId: viewer.id, action: 'DELETED', entity: 'PriceBook', entityId: book.id, changes: diffFields(bookAuditable(book), {}) });
      return true;
    });
  }

  /** Sets (creates or replaces) a product's price in a book with its tiers; nothing is stored when any field is bad. */
  async setPrice(viewer: Viewer, scope: Scope, input: SetProductPriceInput): Promise<ProductPrice> {
    checkId(input.priceBookId, 'input.priceBookId');
    checkId(input.productId, 'input.productId');
    const unitPrice = parseAmount(input.unitPrice, 'input.unitPrice');
    const tiers = checkTiers(input.tiers ?? []);
    return this.repo.transaction(scope, async (tx) => {
      const book = await this.repo.findPriceBook(scope, input.priceBookId, tx);
      if (!book) throw badInput('input.priceBookId', 'no such price book');
      if (!(await this.repo.find(scope, input.productId, tx))) throw badInput('input.productId', 'no such product');
      const existing = await this.repo.findEntry(tx, book.id, input.productId);
      const saved = await this.repo.saveEntry(
        tx, existing?.id ?? null, { id: newId(), priceBookId: book.id, productId: input.productId }, unitPrice,
        tiers.map((t) => ({ id: newId(), ...t })),
      );
      const price = toProductPrice(saved, book.currency);
      const changes = diffFields(existing ? priceAuditable(toProductPrice(existing, book.currency)) : {}, priceAuditable(price));
      if (changes.length) {
        await recordChange(tx, { actorId: viewer.id, action: existing ? 'PRICE_UPDATED' : 'PRICE_SET', entity: 'PriceBook', entityId: book.id, changes: [{ field: 'productId', from: null, to: input.productId }, ...changes] });
      }
      return price;
    });
  }

  async removePrice(viewer: Viewer, scope: Scope, priceBookId: string, productId: string): Promise<boolean> {
    const book = await this.get(scope, priceBookId);
    checkId(productId, 'productId');
    return this.repo.transaction(scope, async (tx) => {
      const existing = await this.repo.findEntry(tx, book.id, productId);
      if (!existing) throw priceNotFound();
      await this.repo.deleteEntry(tx, existing.id);
      const changes: FieldChange[] = [{ field: 'productId', from: productId, to: null }, ...diffFields(priceAuditable(toProductPrice(existing, book.currency)), {})];
      await recordChange(tx, { actorId: viewer.id, action: 'PRICE_REMOVED', entity: 'PriceBook', entityId: book.id, changes });
      return true;
    });
  }

  /** List price, volume discount reached and net unit price of a product in a book at a quantity. */
  async productPrice(scope: Scope, args: ProductPriceArgs): Promise<PricedProduct> {
    const book = await this.get(scope, checkId(args.priceBookId, 'priceBookId'));
    checkId(args.productId, 'productId');
    if (!(await this.repo.find(scope, args.productId))) throw productNotFound();
    const quantity = parseQuantity(args.quantity, 'quantity');
    const priced = await this.repo.transaction(scope, (tx) => priceLine(tx, book.id, args.productId, quantity, 'productId'));
    const money = (value: Decimal) => ({ amount: formatAmount(value), currency: book.currency });
    const net = priced.unitPrice.minus(toCents(priced.unitPrice.mul(priced.discountPercent).div(100)));
    return {
      productId: priced.productId, priceBookId: book.id, quantity: quantity.toString(),
      listPrice: money(priced.unitPrice), discountPercent: priced.discountPercent.toFixed(2), netUnitPrice: money(net),
      lineTotal: money(lineNet(quantity, priced.unitPrice, priced.discountPercent)),
    };
  }
}

const priceAuditable = (p: ProductPrice) => ({
  unitPrice: p.unitPrice.amount,
  tiers: p.tiers.map((t) => `${t.minQuantity}: ${t.discountPercent}%`),
});

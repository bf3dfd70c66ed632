import { badInput } from '../errors/app-error.ts';
import { Decimal, toCents } from './money.ts';

/** Fits NUMERIC(18,4): quantities may be fractional (hours, metres). */
const QUANTITY = /^\d{1,14}(\.\d{1,4})?$/;
/** Fits NUMERIC(5,2) as a percentage from 0 to 100. */
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

/**
 * Parses a quantity string ("3", "1.5"); zero, negative or malformed answers BAD_USER_INPUT
 * naming the field (a line with zero quantity is never stored).
 */
export function parseQuantity(value: string | null | undefined, field: string): Decimal {
  const text = (value ?? '').trim();
  if (!QUANTITY.test(text)) throw badInput(field, 'must be a number greater than zero with at most 4 decimal places');
  const quantity = new Decimal(text);
  if (quantity.isZero()) throw badInput(field, 'must be greater than zero');
  return quantity;
}

/** Parses a percentage from 0 to 100 with up to 2 decimals (discounts, tax and commission rates). */
export function parsePercent(value: string | null | undefined, field: string): Decimal {
  const text = (value ?? '').trim();
  if (!text) return new Decimal(0);
  if (!PERCENT.test(text) || new Decimal(text).gt(100)) throw badInput(field, 'must be a percentage from 0 to 100 with at most 2 decimal places');
  return new Decimal(text);
}

/** quantity × unit price, rounded half-up to cents. */
export function lineSubtotal(quantity: Decimal, unitPrice: Decimal): Decimal {
  return toCents(quantity.mul(unitPrice));
}

/** `percent` % of an amount, rounded half-up to cents: 15% of 99.99 = 15.00. */
export function percentOf(amount: Decimal, percent: Decimal): Decimal {
  return toCents(amount.mul(percent).div(100));
}

/** A line's net amount: quantity × unit price less the line discount, each step rounded to cents. */
export function lineNet(quantity: Decimal, unitPrice: Decimal, discountPercent: Decimal): Decimal {
  const subtotal = lineSubtotal(quantity, unitPrice);
  return subtotal.minus(percentOf(subtotal, discountPercent));
}

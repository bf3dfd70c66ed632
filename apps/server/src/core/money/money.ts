import { Prisma } from '../../generated/prisma/client.ts';
import { badInput } from '../errors/app-error.ts';

/**
 * Money (§6): a decimal string with an ISO 4217 currency code, never a float. Amounts are
 * Prisma.Decimal (decimal.js) in the server and NUMERIC(18,2) in the database; results are
 * rounded half-up (away from zero) to cents.
 */
export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;

/** Currencies a deal may be in; the UI offers these in this order. */
export const SUPPORTED_CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'TWD', 'SGD', 'AUD', 'CAD', 'CHF', 'KRW'] as const;
export type CurrencyCode = (typeof SUPPORTED_CURRENCIES)[number];

/** Fits NUMERIC(18,2): up to 16 digits before the point and 2 after. */
const AMOUNT = /^-?\d{1,16}(\.\d{1,2})?$/;

/** Parses a non-negative decimal string ("12345.67") or answers BAD_USER_INPUT naming the field. */
export function parseAmount(value: string | null | undefined, field: string): Decimal {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'is required');
  if (!AMOUNT.test(text)) throw badInput(field, 'must be a decimal number with at most 16 digits and 2 decimal places');
  const amount = new Decimal(text);
  if (amount.isNegative()) throw badInput(field, 'must be zero or more');
  return amount;
}

/** Upper-cases and checks a currency code against SUPPORTED_CURRENCIES. */
export function checkCurrency(value: string | null | undefined, field: string): CurrencyCode {
  const code = (value ?? '').trim().toUpperCase();
  if (!(SUPPORTED_CURRENCIES as readonly string[]).includes(code)) {
    throw badInput(field, `must be one of ${SUPPORTED_CURRENCIES.join(', ')}`);
  }
  return code as CurrencyCode;
}

/** Rounds to cents, half-up: 4320.9845 → 4320.98, 0.005 → 0.01. */
export function toCents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** amount × probability / 100, rounded half-up to cents: 12345.67 at 35% = 4320.98. */
export function weightedAmount(amount: Decimal | string, probability: number): Decimal {
  return toCents(new Decimal(amount).mul(probability).div(100));
}

/** The wire form: always two decimals ("100.00"). */
export function formatAmount(value: Decimal | string): string {
  return new Decimal(value).toFixed(2);
}

import type { Prisma } from '../../generated/prisma/client.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkCurrency, formatAmount, parseAmount } from '../../core/money/money.ts';
import { documentTokens } from '../../core/search/search-tokens.ts';
import type { Contract } from './contract.type.ts';
import { fromLocalDate } from './contract-status.ts';

type Data = Prisma.ContractUncheckedUpdateInput;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(value: string | null | undefined, field: string, required = true): Date | null {
  if (value == null || value === '') {
    if (required) throw badInput(field, 'is required');
    return null;
  }
  const date = DATE.test(value) ? fromLocalDate(value) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw badInput(field, 'is not a valid date');
  return date;
}

/** The plain fields of create/update input, checked and normalized; only given ones are returned. */
export function checkedFields(input: {
  title?: string | null; value?: string | null; currency?: string | null; startDate?: string | null; endDate?: string | null;
  signedDate?: string | null; terms?: string | null; renewalNoticeDays?: number | null; autoRenew?: boolean | null; kind?: string | null;
}, prefix = 'input.'): Data {
  const data: Data = {};
  if (input.kind !== undefined) {
    if (input.kind === null) throw badInput(`${prefix}kind`, 'is required');
    data.kind = input.kind as 'SALES' | 'SERVICE';
  }
  if (input.title !== undefined) {
    const title = input.title?.trim();
    if (!title) throw badInput(`${prefix}title`, 'is required');
    if (title.length > 200) throw badInput(`${prefix}title`, 'must be 1 to 200 characters');
    data.title = title;
  }
  if (input.value !== undefined) data.value = parseAmount(input.value, `${prefix}value`);
  if (input.currency !== undefined) data.currency = checkCurrency(input.currency, `${prefix}currency`);
  if (input.startDate !== undefined) data.startDate = checkDate(input.startDate, `${prefix}startDate`)!;
  if (input.endDate !== undefined) data.endDate = checkDate(input.endDate, `${prefix}endDate`)!;
  if (input.signedDate !== undefined) data.signedDate = checkDate(input.signedDate, `${prefix}signedDate`, false);
  if (input.terms !== undefined) data.terms = input.terms?.trim() || null;
  if (input.renewalNoticeDays !== undefined) {
    const n = input.renewalNoticeDays;
    if (n === null || !Number.isInteger(n) || n < 0 || n > 365) throw badInput(`${prefix}renewalNoticeDays`, 'must be a whole number from 0 to 365');
    data.renewalNoticeDays = n;
  }
  if (input.autoRenew !== undefined) data.autoRenew = Boolean(input.autoRenew);
  return data;
}

/** end ≥ start, on the merged old and new dates. */
export function checkPeriod(start: Date, end: Date, prefix = 'input.'): void {
  if (end.getTime() < start.getTime()) throw badInput(`${prefix}endDate`, 'must be on or after the start date');
}

export const contractTokens = (number: string, title: string) => documentTokens(number, title);

/** The fields whose changes are worth showing on the customer's timeline. */
export function auditable(c: Contract): Record<string, unknown> {
  return {
    kind: c.kind, title: c.title, value: formatAmount(c.valueAmount), currency: c.currency, startDate: c.startDate, endDate: c.endDate,
    signedDate: c.signedDate, state: c.state, ownerId: c.ownerId, contactId: c.contactId, partnerId: c.partnerId,
    opportunityId: c.opportunityId, orderId: c.orderId, renewalNoticeDays: c.renewalNoticeDays, autoRenew: c.autoRenew,
    terminationReason: c.terminationReason,
  };
}

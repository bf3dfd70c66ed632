import type { ContractDetailFragment, ContractKind, CreateContractInput, UpdateContractInput } from '@panorama/schema';

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'TWD', 'SGD', 'AUD', 'CAD', 'CHF', 'KRW'];

export interface ContractFormValues {
  kind: ContractKind;
  title: string;
  customerId: string | null;
  customerName: string | null;
  contactId: string | null;
  ownerId: string | null;
  opportunityId: string | null;
  /** Decimal text as typed: money never passes through a float. */
  value: string;
  currency: string;
  startDate: string | null;
  endDate: string | null;
  signedDate: string | null;
  renewalNoticeDays: number | '';
  autoRenew: boolean;
  terms: string;
}

export function emptyContractValues(viewerId: string | null, customerId?: string): ContractFormValues {
  return {
    kind: 'SALES', title: '', customerId: customerId ?? null, customerName: null, contactId: null, ownerId: viewerId, opportunityId: null,
    value: '', currency: 'CNY', startDate: null, endDate: null, signedDate: null, renewalNoticeDays: 30, autoRenew: false, terms: '',
  };
}

export function contractToValues(c: ContractDetailFragment): ContractFormValues {
  return {
    kind: c.kind, title: c.title, customerId: c.customer?.id ?? null, customerName: c.customer?.name ?? null, contactId: c.contact?.id ?? null,
    ownerId: c.owner?.id ?? null, opportunityId: c.opportunity?.id ?? null, value: c.value.amount, currency: c.value.currency,
    startDate: c.startDate, endDate: c.endDate, signedDate: c.signedDate ?? null, renewalNoticeDays: c.renewalNoticeDays, autoRenew: c.autoRenew, terms: c.terms ?? '',
  };
}

const notice = (v: ContractFormValues) => (v.renewalNoticeDays === '' ? undefined : v.renewalNoticeDays);

export function toCreateInput(v: ContractFormValues): CreateContractInput {
  return {
    kind: v.kind, title: v.title.trim(), customerId: v.customerId ?? '', contactId: v.contactId, ownerId: v.ownerId ?? undefined,
    opportunityId: v.opportunityId, value: v.value.trim(), currency: v.currency, startDate: v.startDate ?? '', endDate: v.endDate ?? '',
    signedDate: v.signedDate, renewalNoticeDays: notice(v), autoRenew: v.autoRenew, terms: v.terms.trim() || null,
  };
}

/** Only the fields that changed, with the version edited. */
export function toUpdateInput(v: ContractFormValues, initial: ContractFormValues, version: number): UpdateContractInput {
  const input: UpdateContractInput = { version };
  const changed = <K extends keyof ContractFormValues>(k: K) => v[k] !== initial[k];
  if (changed('kind')) input.kind = v.kind;
  if (changed('title')) input.title = v.title.trim();
  if (changed('contactId')) input.contactId = v.contactId;
  if (changed('ownerId') && v.ownerId) input.ownerId = v.ownerId;
  if (changed('opportunityId')) input.opportunityId = v.opportunityId;
  if (changed('value')) input.value = v.value.trim();
  if (changed('currency')) input.currency = v.currency;
  if (changed('startDate')) input.startDate = v.startDate;
  if (changed('endDate')) input.endDate = v.endDate;
  if (changed('signedDate')) input.signedDate = v.signedDate;
  if (changed('renewalNoticeDays')) input.renewalNoticeDays = notice(v) ?? null;
  if (changed('autoRenew')) input.autoRenew = v.autoRenew;
  if (changed('terms')) input.terms = v.terms.trim() || null;
  return input;
}

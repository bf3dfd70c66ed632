import type { CreateOpportunityInput, OpportunityDetailFragment, UpdateOpportunityInput } from '@panorama/schema';

/** Currencies the server accepts (core/money on the server), most used first. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'TWD', 'SGD', 'AUD', 'CAD', 'CHF', 'KRW'];

export interface OpportunityFormValues {
  name: string;
  customerId: string | null;
  customerName: string | null;
  contactId: string | null;
  ownerId: string | null;
  stageId: string | null;
  /** Decimal text as typed: money never passes through a float. */
  amount: string;
  currency: string;
  /** Empty: the stage default. */
  probability: number | '';
  expectedCloseDate: string | null;
  competitors: string[];
  source: string;
  description: string;
  lostReason: string;
}

/** A blank deal owned by the viewer; `customerId` prefills the customer (its name is looked up by the picker). */
export function emptyOpportunityValues(viewerId: string | null, customerId?: string): OpportunityFormValues {
  return {
    name: '', customerId: customerId ?? null, customerName: null, contactId: null, ownerId: viewerId,
    stageId: null, amount: '', currency: 'CNY', probability: '', expectedCloseDate: null, competitors: [], source: '',
    description: '', lostReason: '',
  };
}

export function opportunityToValues(o: OpportunityDetailFragment): OpportunityFormValues {
  return {
    name: o.name, customerId: o.customer?.id ?? null, customerName: o.customer?.name ?? null, contactId: o.contact?.id ?? null,
    ownerId: o.owner?.id ?? null, stageId: o.stage.id, amount: o.amount.amount, currency: o.amount.currency,
    probability: o.probability, expectedCloseDate: o.expectedCloseDate, competitors: [...o.competitors], source: o.source ?? '',
    description: o.description ?? '', lostReason: o.lostReason ?? '',
  };
}

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

export function toCreateInput(v: OpportunityFormValues): CreateOpportunityInput {
  return {
    name: v.name.trim(), customerId: v.customerId ?? '', contactId: v.contactId, ownerId: v.ownerId ?? undefined,
    stageId: v.stageId ?? undefined, amount: v.amount.trim(), currency: v.currency, probability: v.probability === '' ? undefined : v.probability,
    expectedCloseDate: v.expectedCloseDate ?? '', competitors: v.competitors, source: blankToNull(v.source),
    description: blankToNull(v.description), lostReason: blankToNull(v.lostReason),
  };
}

/** Only the fields that changed; a changed stage with an untouched probability takes the new stage's default. */
export function toUpdateInput(v: OpportunityFormValues, initial: OpportunityFormValues, version: number): UpdateOpportunityInput {
  const input: UpdateOpportunityInput = { version };
  if (v.name !== initial.name) input.name = v.name.trim();
  if (v.contactId !== initial.contactId) input.contactId = v.contactId;
  if (v.ownerId !== initial.ownerId) input.ownerId = v.ownerId;
  if (v.stageId !== initial.stageId) input.stageId = v.stageId;
  if (v.amount !== initial.amount) input.amount = v.amount.trim();
  if (v.currency !== initial.currency) input.currency = v.currency;
  if (v.probability !== initial.probability && v.probability !== '') input.probability = v.probability;
  if (v.expectedCloseDate !== initial.expectedCloseDate) input.expectedCloseDate = v.expectedCloseDate;
  if (v.competitors.join('\n') !== initial.competitors.join('\n')) input.competitors = v.competitors;
  if (v.source !== initial.source) input.source = blankToNull(v.source);
  if (v.description !== initial.description) input.description = blankToNull(v.description);
  if (v.lostReason !== initial.lostReason) input.lostReason = blankToNull(v.lostReason);
  return input;
}

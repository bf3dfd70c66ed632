import { conflict, notFound } from '../../core/errors/app-error.ts';
import type { Quote } from './quote.type.ts';

export const quoteNotFound = () => notFound('Quote');
export const quoteNotDraft = (q: Quote) =>
  conflict(`Quote ${q.number} is ${q.status.toLowerCase()}; only a draft can be changed (revise it instead)`, { reason: 'QUOTE_NOT_DRAFT', status: q.status });
export const quoteNotSent = (q: Quote) => conflict(`Quote ${q.number} is ${q.status.toLowerCase()}, not sent`, { reason: 'QUOTE_NOT_SENT', status: q.status });
export const quoteExpired = (q: Quote) => conflict(`Quote ${q.number} expired on ${q.validUntil}; revise it`, { reason: 'QUOTE_EXPIRED', status: q.status });
export const alreadyAccepted = (q: Quote) => conflict(`Quote ${q.number} is already accepted`, { reason: 'ALREADY_ACCEPTED', status: q.status });
export const quoteHasNoLines = (q: Quote) => conflict(`Quote ${q.number} has no lines`, { reason: 'NO_LINES' });
export const notRevisable = (q: Quote) => conflict(`Quote ${q.number} is ${q.status.toLowerCase()}; only sent, expired or rejected quotes are revised`, { reason: 'NOT_REVISABLE', status: q.status });

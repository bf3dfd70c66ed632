import { conflict, forbidden, notFound } from '../../core/errors/app-error.ts';
import type { Lead } from './lead.type.ts';

export const leadNotFound = () => notFound('Lead');
export const leadDeleted = (lead: Lead) => conflict(`Lead ${lead.name} is deleted; restore it first`, { reason: 'DELETED' });
export const leadConverted = (lead: Lead) =>
  conflict(`Lead ${lead.name} is already converted`, { reason: 'ALREADY_CONVERTED', customerId: lead.convertedCustomerId });
export const leadDisqualified = (lead: Lead) =>
  conflict(`Lead ${lead.name} is disqualified; reopen it first`, { reason: 'DISQUALIFIED' });
export const leadDuplicates = (duplicates: { id: string; name: string; matchedOn: string[] }[]) =>
  conflict('A lead with this email already exists; confirm to create anyway', { reason: 'DUPLICATE', duplicates });
export const ownerNotAllowed = () => forbidden('Only managers can assign leads to other people');
export const customerNotEditableForConversion = (name: string) =>
  conflict(`The matching customer ${name} is not yours to change; claim it or pick another customer`, { reason: 'CUSTOMER_NOT_EDITABLE' });

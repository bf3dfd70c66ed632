import { badInput, conflict, notFound } from '../../core/errors/app-error.ts';

export const contractNotFound = () => notFound('Contract');
export const entitlementNotFound = () => notFound('ContractEntitlement');
export const noSuchCustomer = () => badInput('input.customerId', 'no such customer');
export const notEditable = (number: string, status: string) =>
  conflict(`Contract ${number} is ${status}; only DRAFT and ACTIVE contracts can be changed`, { reason: 'NOT_EDITABLE', status });
export const alreadyRenewed = (number: string) => conflict(`Contract ${number} has already been renewed`, { reason: 'ALREADY_RENEWED' });
export const notActive = (number: string, status: string) => conflict(`Contract ${number} is ${status}, not ACTIVE`, { reason: 'NOT_ACTIVE', status });
export const notDraft = (number: string, status: string) => conflict(`Contract ${number} is ${status}, not DRAFT`, { reason: 'NOT_DRAFT', status });
export const exhausted = (name: string, remaining: number) =>
  conflict(`Entitlement ${name} has only ${remaining} unit(s) left`, { reason: 'ENTITLEMENT_EXHAUSTED', remaining });

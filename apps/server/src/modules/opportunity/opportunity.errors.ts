import { badInput, conflict, notFound } from '../../core/errors/app-error.ts';

export const opportunityNotFound = () => notFound('Opportunity');
export const opportunityDeleted = (name: string) => conflict(`Opportunity ${name} is deleted; restore it first`, { reason: 'DELETED' });
export const noSuchCustomer = () => badInput('input.customerId', 'no such customer');
export const noOpenStage = () => conflict('The pipeline has no active OPEN stage; an admin must configure one', { reason: 'NO_OPEN_STAGE' });

import { conflict, forbidden, notFound } from '../../core/errors/app-error.ts';
import type { Customer } from './customer.type.ts';

export const customerNotFound = () => notFound('Customer');
export const customerNotEditable = () => forbidden('Only the owner, their managers or an admin can change this customer; claim it from the pool first');
export const duplicatesFound = (duplicates: { id: string; name: string; matchedOn: string[] }[]) =>
  conflict('Possible duplicates exist; confirm to create anyway', { reason: 'DUPLICATE', duplicates });
export const customerDeleted = (customer: Customer) => conflict(`Customer ${customer.name} is deleted; restore it first`, { reason: 'DELETED' });

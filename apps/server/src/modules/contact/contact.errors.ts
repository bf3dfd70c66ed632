import { conflict, notFound } from '../../core/errors/app-error.ts';
import type { Contact } from './contact.type.ts';

export const contactNotFound = () => notFound('Contact');
export const contactDeleted = (contact: Contact) => conflict(`Contact ${contact.name} is deleted; restore it first`, { reason: 'DELETED' });

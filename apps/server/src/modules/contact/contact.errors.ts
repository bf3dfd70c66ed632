import { notFound } from '../../core/errors/app-error.ts';

export const contactNotFound = () => notFound('Contact');

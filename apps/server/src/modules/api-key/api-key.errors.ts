import { notFound } from '../../core/errors/app-error.ts';

/** Another user's key answers like a key that does not exist. */
export const apiKeyNotFound = () => notFound('ApiKey');

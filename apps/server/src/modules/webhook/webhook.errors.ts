import { notFound } from '../../core/errors/app-error.ts';

/** Another user's webhook answers like one that does not exist. */
export const webhookNotFound = () => notFound('WebhookSubscription');
export const deliveryNotFound = () => notFound('WebhookDelivery');

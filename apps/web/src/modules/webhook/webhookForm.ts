import type { FieldErrors } from '../../lib/errors.ts';
import type { WebhookItemFragment } from '@panorama/schema';

export interface WebhookFormValues {
  url: string;
  description: string;
  eventTypes: string[];
  onlyFields: string[];
}

/** Fields the form shows; the server's `eventTypes[2]` and `onlyFields[0]` belong to their list's input. */
export const FORM_FIELDS = ['url', 'description', 'eventTypes', 'onlyFields'] as const;

export const emptyWebhookValues = (): WebhookFormValues => ({ url: '', description: '', eventTypes: [], onlyFields: [] });

export const webhookToValues = (w: WebhookItemFragment): WebhookFormValues => ({
  url: w.url,
  description: w.description ?? '',
  eventTypes: [...w.eventTypes],
  onlyFields: [...w.onlyFields],
});

/** Folds list-item errors (`eventTypes[1]`) into their list's field; what no field shows goes under `form`. */
export function foldFieldErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.replace(/\[\d+\]$/, '');
    const key = (FORM_FIELDS as readonly string[]).includes(field) ? field : 'form';
    const text = key === 'form' ? `${path}: ${message}` : message;
    result[key] = result[key] ? `${result[key]}; ${text}` : text;
  }
  return result;
}

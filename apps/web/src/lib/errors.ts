import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { localizeServerMessage } from './i18n/serverMessages.ts';

/** §6 error codes carried in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** Field path (without the `input.` prefix, e.g. `name`, `address.city`) → message. */
export type FieldErrors = Record<string, string>;

export interface DuplicateMatch {
  id: string;
  name: string;
  matchedOn: string[];
}

export function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The first error's extensions (the server answers one error per failed mutation). */
export function errorExtensions(error: unknown): Record<string, unknown> {
  return (graphQLErrors(error)[0]?.extensions as Record<string, unknown> | undefined) ?? {};
}

export function errorCode(error: unknown): ErrorCode | undefined {
  const code = errorExtensions(error).code;
  return typeof code === 'string' ? (code as ErrorCode) : undefined;
}

/** `extensions.reason` of CONFLICT errors: STALE_VERSION, DUPLICATE, CLAIM_LIMIT, ALREADY_OWNED, IN_POOL, DELETED… */
export function errorReason(error: unknown): string | undefined {
  const reason = errorExtensions(error).reason;
  return typeof reason === 'string' ? reason : undefined;
}

export const isStaleVersion = (error: unknown) => errorCode(error) === 'CONFLICT' && errorReason(error) === 'STALE_VERSION';

export function duplicatesOf(error: unknown): DuplicateMatch[] | null {
  if (errorCode(error) !== 'CONFLICT') return null;
  const duplicates = errorExtensions(error).duplicates;
  return Array.isArray(duplicates) ? (duplicates as DuplicateMatch[]) : null;
}

/** Strips the argument prefix the server puts on input fields (`input.address.city` → `address.city`). */
function normalizeField(field: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (field.startsWith(`${prefix}.`)) return field.slice(prefix.length + 1);
  }
  return field;
}

/**
 * Turns a BAD_USER_INPUT answer into per-field messages, for every form in the app.
 * Fields the form does not show can be found with `unmatchedFieldErrors`.
 */
export function toFieldErrors(error: unknown, prefixes: readonly string[] = ['input']): FieldErrors {
  const result: FieldErrors = {};
  for (const e of graphQLErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const f of fields as { field?: unknown; message?: unknown }[]) {
      if (typeof f.field !== 'string' || typeof f.message !== 'string') continue;
      const key = normalizeField(f.field, prefixes);
      const message = localizeServerMessage(f.message);
      result[key] = result[key] ? `${result[key]}; ${message}` : message;
    }
  }
  return result;
}

/** Messages for fields that no input on the form shows (to list them in an alert instead). */
export function unmatchedFieldErrors(errors: FieldErrors, shown: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([field]) => !shown.includes(field))
    .map(([field, message]) => `${field}: ${message}`);
}

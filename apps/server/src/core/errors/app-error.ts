import { GraphQLError } from 'graphql';

/** The error codes of §6; every error a client sees carries one in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  field: string;
  message: string;
}

/** An expected failure: its message is meant for the user and survives production mode. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = (message = 'Sign in first') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);
export const notFound = (entity: string) => new AppError('NOT_FOUND', `${entity} not found`, { entity });
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extensions);
export const staleVersion = (entity: string) =>
  conflict(`${entity} was changed by someone else; reload and try again`, { reason: 'STALE_VERSION', entity });

export function badInput(fields: FieldError[]): AppError;
export function badInput(field: string, message: string): AppError;
export function badInput(a: string | FieldError[], message?: string): AppError {
  const fields = typeof a === 'string' ? [{ field: a, message: message ?? 'is invalid' }] : a;
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new AppError('BAD_USER_INPUT', `Invalid input — ${summary}`, { fields });
}

import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import type { Logger } from '../log/logger.ts';
import { currentRequest } from '../log/request-context.ts';
import type { FieldError } from './app-error.ts';
import { DATABASE_UNAVAILABLE } from './database-unavailable.ts';

const INPUT_VALIDATION = /^(Variable "\$|Value "|Expected value of type|Argument "|Field "[^"]+" of required type|Int cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent|Enum "[^"]+" cannot represent)/;

export interface FormatErrorOptions {
  /** Where internal errors are logged (with the request id, the operation and the stack). */
  log?: Logger;
  /** Retry-After of DATABASE_UNAVAILABLE, also sent as `extensions.retryAfterSeconds`. */
  retryAfterSeconds?: number;
}

/**
 * Maps every error to §6's codes, once, and gives each the request's id
 * (`extensions.requestId`, also in the X-Request-Id header and the log). An error that
 * means the database cannot be reached becomes DATABASE_UNAVAILABLE (HTTP 503, see
 * databaseOutagePlugin). Internal errors are logged here, stack included; in production
 * nothing internal (stack traces, SQL, messages of unexpected errors) leaves the server.
 */
export function makeFormatError(production: boolean, { log, retryAfterSeconds = 5 }: FormatErrorOptions = {}) {
  const format = mapError(production, retryAfterSeconds);
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    const request = currentRequest();
    const code = result.extensions?.code;
    if (log && (code === 'INTERNAL_SERVER_ERROR' || code === DATABASE_UNAVAILABLE)) {
      log.error({ requestId: request?.requestId, operation: request?.operation, code, path: formatted.path, err: originalOf(error) }, 'internal error');
    }
    return request ? { ...result, extensions: { ...result.extensions, requestId: request.requestId } } : result;
  };
}

/** The thrown error behind graphql-js's and Apollo's wrappers: its stack is the one worth logging. */
function originalOf(error: unknown): unknown {
  let e = error;
  while (e && typeof e === 'object' && (e as { originalError?: unknown }).originalError) e = (e as { originalError: unknown }).originalError;
  return e;
}

function mapError(production: boolean, retryAfterSeconds: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (code === DATABASE_UNAVAILABLE || (code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(error))) {
      return { message: 'The database is unavailable; try again shortly', path: formatted.path, extensions: { code: DATABASE_UNAVAILABLE, retryAfterSeconds } };
    }

    // our own validation rules (depth, aliases) report BAD_USER_INPUT; Apollo relabels them
    const ownRule = formatted.extensions?.fields;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && ownRule) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT', fields: ownRule } };
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' && INPUT_VALIDATION.test(formatted.message)) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT', fields: fieldsFromMessage(formatted.message) } };
    }
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) {
      return { ...formatted, extensions: { code, fields: fieldsFromMessage(formatted.message) } };
    }
    const known = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'];
    if (known.includes(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: production ? extensions : formatted.extensions };
    }
    if (!production) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Pulls the field path out of graphql-js's coercion messages ("… at "input.tier"; …"). */
function fieldsFromMessage(message: string): FieldError[] {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
  const argument = /Argument "([^"]+)"/.exec(message)?.[1] ?? /argument "([^"]+)"/.exec(message)?.[1];
  const field = at ?? variable ?? argument ?? /Field "([^"]+)"/.exec(message)?.[1] ?? 'input';
  return [{ field, message }];
}

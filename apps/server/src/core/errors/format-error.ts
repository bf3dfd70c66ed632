import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { FieldError } from './app-error.ts';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Flattens class-validator errors to `{ field: 'input.name', message }`. */
function flattenValidation(errors: ValidationErrorLike[], prefix: string): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

const INPUT_VALIDATION = /^(Variable "\$|Value "|Expected value of type|Argument "|Field "[^"]+" of required type|Int cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent|Enum "[^"]+" cannot represent)/;

/**
 * Maps every error to §6's codes, once. In production nothing internal (stack traces,
 * SQL, messages of unexpected errors) leaves the server.
 */
export function makeFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { extensions?: Record<string, unknown>; validationErrors?: ValidationErrorLike[]; argumentName?: string } | undefined;
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');

    // type-graphql's class-validator failure
    const validationErrors = original?.validationErrors ?? (formatted.extensions?.validationErrors as ValidationErrorLike[] | undefined);
    if (validationErrors) {
      const fields = flattenValidation(validationErrors, original?.argumentName ?? '');
      return {
        message: `Invalid input — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
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

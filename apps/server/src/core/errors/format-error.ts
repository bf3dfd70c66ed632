import type { GraphQLFormattedError } from 'graphql';
import type { FieldError } from './app-error.ts';

const INPUT_VALIDATION = /^(Variable "\$|Value "|Expected value of type|Argument "|Field "[^"]+" of required type|Int cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent|Enum "[^"]+" cannot represent)/;

/**
 * Maps every error to §6's codes, once. In production nothing internal (stack traces,
 * SQL, messages of unexpected errors) leaves the server.
 */
export function makeFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');

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

import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable } from '../db/unavailable.ts';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/**
 * What a request gets when the database cannot be reached before GraphQL runs (the context
 * reads the viewer's session): HTTP 503 with Retry-After and the code DATABASE_UNAVAILABLE.
 * Apollo takes the status and header from `extensions.http` and drops that key.
 */
export function databaseUnavailable(retryAfterSeconds: number, cause: unknown): GraphQLError {
  return new GraphQLError('The database is unavailable; try again shortly', {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: {
      code: DATABASE_UNAVAILABLE,
      retryAfterSeconds,
      http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/**
 * The same answer when a resolver met the outage: the response becomes 503 with Retry-After
 * (formatError gives those errors the code), so clients and proxies see "try again", not 500.
 */
export function databaseOutagePlugin(retryAfterSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some((error) => isDatabaseUnavailable(error))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}

/** For a `.catch` before GraphQL runs: an outage becomes the 503 answer, anything else goes on as it was. */
export const rethrowOutage = (retryAfterSeconds: number) => (error: unknown): never => {
  throw isDatabaseUnavailable(error) ? databaseUnavailable(retryAfterSeconds, error) : error;
};

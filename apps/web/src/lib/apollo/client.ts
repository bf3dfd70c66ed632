import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { createCache } from './cache.ts';

/** Operations whose UNAUTHENTICATED answer is handled by the caller (sign-in form, route guard). */
const SELF_HANDLED = new Set(['Login', 'Me', 'Logout']);

export interface ApolloOptions {
  /** Called when the session ended while using the app (expired, revoked). */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: ApolloOptions) {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (SELF_HANDLED.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      onUnauthenticated();
    }
  });
  // Same origin: the session is an httpOnly cookie; Vite proxies /graphql in dev.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'include' });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}

export type AppApolloClient = ReturnType<typeof createApolloClient>;

import { createRouter } from '@tanstack/react-router';
import { routeTree } from './routeTree.gen.ts';
import type { AppApolloClient } from './lib/apollo/client.ts';
import { NotFoundPage } from './modules/shell/NotFoundPage.tsx';
import { RouteError } from './modules/shell/RouteError.tsx';

export interface RouterContext {
  apollo: AppApolloClient;
}

export function createAppRouter(apollo: AppApolloClient) {
  return createRouter({
    routeTree,
    context: { apollo },
    defaultPreload: false,
    scrollRestoration: true,
    defaultNotFoundComponent: () => <NotFoundPage />,
    defaultErrorComponent: RouteError,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

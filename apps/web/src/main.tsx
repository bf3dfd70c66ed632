// Mantine's global styles; in a build, the styles of each component, date picker and data table
// come with its code (vite-plugins/mantine-css.ts).
import 'virtual:mantine-styles';
import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AnyRoute } from '@tanstack/react-router';
import { initI18n } from './lib/i18n/index.ts';
import { createApolloClient } from './lib/apollo/client.ts';
import { createAppRouter } from './router.tsx';
import { App } from './App.tsx';

const i18nReady = initI18n();

const apollo = createApolloClient({
  onUnauthenticated: () => {
    // The session ended (expired or revoked) while the app was open.
    const { pathname, href } = router.state.location;
    if (pathname === '/login') return;
    void apollo.clearStore().then(() => router.navigate({ to: '/login', search: { redirect: href } }));
  },
});
const router = createAppRouter(apollo);

// The opened page's code is fetched while the layout's session check is still out, not after it.
const routes = router.routesById as unknown as Record<string, AnyRoute>;
for (const { routeId } of router.matchRoutes(router.latestLocation)) {
  void router.loadRouteChunk(routes[routeId])?.catch(() => undefined);
}

void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App apollo={apollo} router={router} />
    </StrictMode>,
  ),
);

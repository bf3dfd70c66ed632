import '@mantine/core/styles.layer.css';
import '@mantine/dates/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import 'mantine-datatable/styles.layer.css';
import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './lib/i18n/index.ts';
import { createApolloClient } from './lib/apollo/client.ts';
import { createAppRouter } from './router.tsx';
import { App } from './App.tsx';

initI18n();

const apollo = createApolloClient({
  onUnauthenticated: () => {
    // The session ended (expired or revoked) while the app was open.
    const { pathname, href } = router.state.location;
    if (pathname === '/login') return;
    void apollo.clearStore().then(() => router.navigate({ to: '/login', search: { redirect: href } }));
  },
});
const router = createAppRouter(apollo);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apollo={apollo} router={router} />
  </StrictMode>,
);

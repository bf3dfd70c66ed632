import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AppApolloClient } from './lib/apollo/client.ts';
import { dayjsLocale } from './lib/i18n/index.ts';
import { theme } from './lib/theme.ts';
import type { createAppRouter } from './router.tsx';

interface AppProps {
  apollo: AppApolloClient;
  router: ReturnType<typeof createAppRouter>;
}

export function App({ apollo, router }: AppProps) {
  const { i18n } = useTranslation();
  return (
    <ApolloProvider client={apollo}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <DatesProvider settings={{ locale: dayjsLocale(i18n.language), firstDayOfWeek: i18n.language === 'zh-CN' ? 1 : 0 }}>
          <Notifications position="bottom-right" />
          <RouterProvider router={router} />
        </DatesProvider>
      </MantineProvider>
    </ApolloProvider>
  );
}

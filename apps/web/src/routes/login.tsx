import { createFileRoute, redirect } from '@tanstack/react-router';
import { MeDocument } from '@panorama/schema';
import { LoginPage } from '../modules/auth/LoginPage.tsx';
import { safeRedirect } from '../modules/auth/safeRedirect.ts';

export const Route = createFileRoute('/login')({
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context, search }) => {
    // Already signed in: go where the user wanted to go.
    const signedIn = await context.apollo
      .query({ query: MeDocument, fetchPolicy: 'network-only' })
      .then(() => true, () => false);
    if (signedIn) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: function LoginRoute() {
    const { redirect: to } = Route.useSearch();
    return <LoginPage redirect={to} />;
  },
});

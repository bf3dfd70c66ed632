import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter } from '@tanstack/react-router';
import { LogoutDocument, SignOutEverywhereDocument } from '@panorama/schema';

/**
 * Revokes the session on the server (or, `everywhere`, every session of the user), forgets
 * every cached record, and goes to /login.
 */
export function useSignOut() {
  const client = useApolloClient();
  const router = useRouter();
  const [logout] = useMutation(LogoutDocument);
  const [signOutEverywhere] = useMutation(SignOutEverywhereDocument);
  return useCallback(
    async ({ everywhere = false }: { everywhere?: boolean } = {}) => {
      try {
        await (everywhere ? signOutEverywhere() : logout());
      } catch {
        // already signed out or offline: leave anyway
      }
      await client.clearStore();
      await router.navigate({ to: '/login', search: {} });
    },
    [client, logout, signOutEverywhere, router],
  );
}

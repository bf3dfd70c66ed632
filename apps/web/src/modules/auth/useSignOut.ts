import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter } from '@tanstack/react-router';
import { LogoutDocument } from '@panorama/schema';

/** Revokes the session on the server, forgets every cached record, and goes to /login. */
export function useSignOut() {
  const client = useApolloClient();
  const router = useRouter();
  const [logout] = useMutation(LogoutDocument);
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      // already signed out or offline: leave anyway
    }
    await client.clearStore();
    await router.navigate({ to: '/login', search: {} });
  }, [client, logout, router]);
}

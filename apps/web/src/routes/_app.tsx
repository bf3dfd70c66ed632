import { createFileRoute, redirect } from '@tanstack/react-router';
import { MeDocument } from '@panorama/schema';
import { errorCode } from '../lib/errors.ts';
import { AppLayout } from '../modules/shell/AppLayout.tsx';

/** Everything behind sign-in: unauthenticated visitors go to /login and come back after. */
export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    try {
      const { data } = await context.apollo.query({ query: MeDocument });
      if (!data) throw new Error('no viewer');
      return { viewer: data.me };
    } catch (error) {
      if (errorCode(error) === 'UNAUTHENTICATED') {
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppLayout,
});

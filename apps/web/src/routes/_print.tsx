import { createFileRoute, Outlet, redirect } from '@tanstack/react-router';
import { MeDocument } from '@panorama/schema';
import { errorCode } from '../lib/errors.ts';

/** Printable documents: behind sign-in like the app, but without its header and navigation. */
export const Route = createFileRoute('/_print')({
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
  component: Outlet,
});

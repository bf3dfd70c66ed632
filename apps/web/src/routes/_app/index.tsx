import { createFileRoute, redirect } from '@tanstack/react-router';

// Home: the sales dashboard for roles that have it, the customer list for everyone else.
export const Route = createFileRoute('/_app/')({
  beforeLoad: ({ context }) => {
    throw redirect({ to: context.viewer.permissions.includes('analytics:sales') ? '/dashboard' : '/customers' });
  },
});

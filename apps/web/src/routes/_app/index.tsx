import { createFileRoute, redirect } from '@tanstack/react-router';

// The dashboard comes later; until then home is the customer list.
export const Route = createFileRoute('/_app/')({
  beforeLoad: () => {
    throw redirect({ to: '/customers' });
  },
});

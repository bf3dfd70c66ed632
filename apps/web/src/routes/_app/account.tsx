import { createFileRoute } from '@tanstack/react-router';
import { AccountPage } from '../../modules/account/AccountPage.tsx';

/** Every signed-in user's own account: password and signed-in devices. */
export const Route = createFileRoute('/_app/account')({
  component: AccountPage,
});

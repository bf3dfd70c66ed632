import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { UsersPage } from '../../../modules/admin/UsersPage.tsx';

export const Route = createFileRoute('/_app/admin/users')({
  component: () => (
    <RequirePermission permission="admin:users">
      <UsersPage />
    </RequirePermission>
  ),
});

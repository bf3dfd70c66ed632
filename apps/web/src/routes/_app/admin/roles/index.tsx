import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { RolesPage } from '../../../../modules/role/RolesPage.tsx';

export const Route = createFileRoute('/_app/admin/roles/')({
  component: () => (
    <RequirePermission permission="admin:users">
      <RolesPage />
    </RequirePermission>
  ),
});

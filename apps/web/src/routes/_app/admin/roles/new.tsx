import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { NewRolePage } from '../../../../modules/role/RoleEditorPage.tsx';

export const Route = createFileRoute('/_app/admin/roles/new')({
  component: () => (
    <RequirePermission permission="admin:users">
      <NewRolePage />
    </RequirePermission>
  ),
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { EditRolePage } from '../../../../modules/role/RoleEditorPage.tsx';

export const Route = createFileRoute('/_app/admin/roles/$id')({
  component: function EditRoleRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="admin:users">
        <EditRolePage key={id} id={id} />
      </RequirePermission>
    );
  },
});

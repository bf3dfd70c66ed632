import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { TerritoriesPage } from '../../../modules/territory/TerritoriesPage.tsx';

export const Route = createFileRoute('/_app/admin/territories')({
  component: () => (
    <RequirePermission permission="admin:sales">
      <TerritoriesPage />
    </RequirePermission>
  ),
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { DepartmentsPage } from '../../../modules/admin/DepartmentsPage.tsx';

export const Route = createFileRoute('/_app/admin/departments')({
  component: () => (
    <RequirePermission permission="admin:departments">
      <DepartmentsPage />
    </RequirePermission>
  ),
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { CommissionAdminPage } from '../../../modules/commission/CommissionAdminPage.tsx';

export const Route = createFileRoute('/_app/admin/commissions')({
  component: () => (
    <RequirePermission permission="commission:manage">
      <CommissionAdminPage />
    </RequirePermission>
  ),
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { AuditPage } from '../../../modules/audit/AuditPage.tsx';

export const Route = createFileRoute('/_app/admin/audit')({
  component: () => (
    <RequirePermission permission="audit:read">
      <AuditPage />
    </RequirePermission>
  ),
});

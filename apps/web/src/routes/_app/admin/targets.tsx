import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { TargetsPage } from '../../../modules/target/TargetsPage.tsx';

export const Route = createFileRoute('/_app/admin/targets')({
  component: () => (
    <RequirePermission permission="target:manage">
      <TargetsPage />
    </RequirePermission>
  ),
});

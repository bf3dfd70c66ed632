import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { ApiKeysAdminPage } from '../../../modules/api-key/ApiKeysAdminPage.tsx';

/** Every user's API keys (admin:users). */
export const Route = createFileRoute('/_app/admin/api-keys')({
  component: () => (
    <RequirePermission permission="admin:users">
      <ApiKeysAdminPage />
    </RequirePermission>
  ),
});

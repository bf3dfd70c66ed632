import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { LeadImportPage } from '../../../modules/lead/LeadImportPage.tsx';

export const Route = createFileRoute('/_app/leads/import')({
  component: () => (
    <RequirePermission permission="lead:create">
      <LeadImportPage />
    </RequirePermission>
  ),
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { NewLeadPage } from '../../../modules/lead/LeadFormPage.tsx';

export const Route = createFileRoute('/_app/leads/new')({
  component: () => (
    <RequirePermission permission="lead:create">
      <NewLeadPage />
    </RequirePermission>
  ),
});

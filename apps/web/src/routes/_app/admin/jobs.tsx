import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { JobsPage } from '../../../modules/job/JobsPage.tsx';

export const Route = createFileRoute('/_app/admin/jobs')({
  component: () => (
    <RequirePermission permission="job:manage">
      <JobsPage />
    </RequirePermission>
  ),
});

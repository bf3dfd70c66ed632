import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { PipelinePage } from '../../../modules/pipeline/PipelinePage.tsx';

export const Route = createFileRoute('/_app/admin/pipeline')({
  component: () => (
    <RequirePermission permission="admin:sales">
      <PipelinePage />
    </RequirePermission>
  ),
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { LeadDetailPage } from '../../../../modules/lead/LeadDetailPage.tsx';

export const Route = createFileRoute('/_app/leads/$id/')({
  component: function LeadRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="lead:read">
        <LeadDetailPage id={id} />
      </RequirePermission>
    );
  },
});

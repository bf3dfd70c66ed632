import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { OpportunityDetailPage } from '../../../../modules/opportunity/OpportunityDetailPage.tsx';

export const Route = createFileRoute('/_app/opportunities/$id/')({
  component: function OpportunityRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="opportunity:read">
        <OpportunityDetailPage id={id} />
      </RequirePermission>
    );
  },
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { EditOpportunityPage } from '../../../../modules/opportunity/OpportunityFormPage.tsx';

export const Route = createFileRoute('/_app/opportunities/$id/edit')({
  component: function EditOpportunityRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="opportunity:update">
        <EditOpportunityPage id={id} />
      </RequirePermission>
    );
  },
});

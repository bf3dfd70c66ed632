import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { EditLeadPage } from '../../../../modules/lead/LeadFormPage.tsx';

export const Route = createFileRoute('/_app/leads/$id/edit')({
  component: function EditLeadRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="lead:update">
        <EditLeadPage id={id} />
      </RequirePermission>
    );
  },
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { EditContactPage } from '../../../../modules/contact/ContactFormPage.tsx';

export const Route = createFileRoute('/_app/contacts/$id/edit')({
  component: function EditContactRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="contact:update">
        <EditContactPage id={id} />
      </RequirePermission>
    );
  },
});

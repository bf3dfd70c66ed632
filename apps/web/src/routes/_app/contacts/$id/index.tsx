import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { ContactDetailPage } from '../../../../modules/contact/ContactDetailPage.tsx';

export const Route = createFileRoute('/_app/contacts/$id/')({
  component: function ContactRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="contact:read">
        <ContactDetailPage id={id} />
      </RequirePermission>
    );
  },
});

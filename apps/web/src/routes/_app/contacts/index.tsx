import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { ContactsPage } from '../../../modules/contact/ContactsPage.tsx';
import { validateContactSearch, type ContactSearch } from '../../../modules/contact/contactSearch.ts';

export const Route = createFileRoute('/_app/contacts/')({
  validateSearch: validateContactSearch,
  component: function ContactsRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<ContactSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="contact:read">
        <ContactsPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

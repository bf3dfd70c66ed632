import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { NewContactPage } from '../../../modules/contact/ContactFormPage.tsx';

export const Route = createFileRoute('/_app/contacts/new')({
  validateSearch: (search: Record<string, unknown>): { customerId?: string } =>
    typeof search.customerId === 'string' && search.customerId ? { customerId: search.customerId } : {},
  component: function NewContactRoute() {
    const { customerId } = Route.useSearch();
    return (
      <RequirePermission permission="contact:create">
        <NewContactPage customerId={customerId} />
      </RequirePermission>
    );
  },
});

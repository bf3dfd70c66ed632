import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { NewOpportunityPage } from '../../../modules/opportunity/OpportunityFormPage.tsx';

export const Route = createFileRoute('/_app/opportunities/new')({
  validateSearch: (search: Record<string, unknown>): { customerId?: string } =>
    typeof search.customerId === 'string' && search.customerId ? { customerId: search.customerId } : {},
  component: function NewOpportunityRoute() {
    const { customerId } = Route.useSearch();
    return (
      <RequirePermission permission="opportunity:create">
        <NewOpportunityPage customerId={customerId} />
      </RequirePermission>
    );
  },
});

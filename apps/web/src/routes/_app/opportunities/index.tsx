import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { OpportunitiesPage } from '../../../modules/opportunity/OpportunitiesPage.tsx';
import { validateOpportunitySearch, type OpportunitySearch } from '../../../modules/opportunity/opportunitySearch.ts';

export const Route = createFileRoute('/_app/opportunities/')({
  validateSearch: validateOpportunitySearch,
  component: function OpportunitiesRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<OpportunitySearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="opportunity:read">
        <OpportunitiesPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

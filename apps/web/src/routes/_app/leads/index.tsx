import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { LeadsPage } from '../../../modules/lead/LeadsPage.tsx';
import { validateLeadSearch, type LeadSearch } from '../../../modules/lead/leadSearch.ts';

export const Route = createFileRoute('/_app/leads/')({
  validateSearch: validateLeadSearch,
  component: function LeadsRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<LeadSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="lead:read">
        <LeadsPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

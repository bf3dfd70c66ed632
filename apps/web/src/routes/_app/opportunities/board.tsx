import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { BoardPage } from '../../../modules/opportunity/BoardPage.tsx';
import { boardSearch, validateOpportunitySearch, type OpportunitySearch } from '../../../modules/opportunity/opportunitySearch.ts';

export const Route = createFileRoute('/_app/opportunities/board')({
  validateSearch: (raw: Record<string, unknown>) => boardSearch(validateOpportunitySearch(raw)),
  component: function BoardRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<OpportunitySearch>) =>
      void navigate({ search: (prev) => boardSearch({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="opportunity:read">
        <BoardPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

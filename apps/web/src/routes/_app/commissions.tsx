import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../modules/auth/RequirePermission.tsx';
import { CommissionsPage } from '../../modules/commission/CommissionsPage.tsx';
import { validateCommissionSearch, type CommissionSearch } from '../../modules/commission/commissionMonth.ts';

export const Route = createFileRoute('/_app/commissions')({
  validateSearch: validateCommissionSearch,
  component: function CommissionsRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<CommissionSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="commission:read">
        <CommissionsPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

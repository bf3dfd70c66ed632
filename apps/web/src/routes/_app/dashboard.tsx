import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../modules/auth/RequirePermission.tsx';
import { DashboardPage } from '../../modules/dashboard/DashboardPage.tsx';
import { validateDashboardSearch, type DashboardSearch } from '../../modules/dashboard/dashboardSearch.ts';

export const Route = createFileRoute('/_app/dashboard')({
  validateSearch: validateDashboardSearch,
  component: function DashboardRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<DashboardSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="analytics:sales">
        <DashboardPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../modules/auth/RequirePermission.tsx';
import { validateCustomerSearch, type CustomerSearch } from '../../modules/customer/customerSearch.ts';
import { PoolPage } from '../../modules/pool/PoolPage.tsx';

export const Route = createFileRoute('/_app/pool')({
  validateSearch: validateCustomerSearch,
  component: function PoolRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<CustomerSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="customer:read">
        <PoolPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

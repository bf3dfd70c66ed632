import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { CustomersPage } from '../../../modules/customer/CustomersPage.tsx';
import { validateCustomerSearch, type CustomerSearch } from '../../../modules/customer/customerSearch.ts';

export const Route = createFileRoute('/_app/customers/')({
  validateSearch: validateCustomerSearch,
  component: function CustomersRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<CustomerSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="customer:read">
        <CustomersPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

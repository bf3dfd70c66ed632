import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { ContractsPage } from '../../../modules/contract/ContractsPage.tsx';
import { validateContractSearch, type ContractSearch } from '../../../modules/contract/contractSearch.ts';

export const Route = createFileRoute('/_app/contracts/')({
  validateSearch: validateContractSearch,
  component: function ContractsRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<ContractSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="contract:read">
        <ContractsPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

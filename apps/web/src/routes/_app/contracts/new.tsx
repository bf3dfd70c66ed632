import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { NewContractPage } from '../../../modules/contract/ContractFormPage.tsx';

export const Route = createFileRoute('/_app/contracts/new')({
  validateSearch: (search: Record<string, unknown>): { customerId?: string } =>
    typeof search.customerId === 'string' && search.customerId ? { customerId: search.customerId } : {},
  component: function NewContractRoute() {
    const { customerId } = Route.useSearch();
    return (
      <RequirePermission permission="contract:create">
        <NewContractPage customerId={customerId} />
      </RequirePermission>
    );
  },
});

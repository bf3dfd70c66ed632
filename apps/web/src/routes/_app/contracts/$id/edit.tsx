import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { EditContractPage } from '../../../../modules/contract/ContractFormPage.tsx';

export const Route = createFileRoute('/_app/contracts/$id/edit')({
  component: function EditContractRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="contract:update">
        <EditContractPage id={id} />
      </RequirePermission>
    );
  },
});

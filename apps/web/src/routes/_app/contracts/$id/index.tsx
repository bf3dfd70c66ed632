import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { ContractDetailPage } from '../../../../modules/contract/ContractDetailPage.tsx';

export const Route = createFileRoute('/_app/contracts/$id/')({
  component: function ContractRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="contract:read">
        <ContractDetailPage id={id} />
      </RequirePermission>
    );
  },
});

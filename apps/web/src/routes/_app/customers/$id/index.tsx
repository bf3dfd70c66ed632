import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { CustomerDetailPage } from '../../../../modules/customer/CustomerDetailPage.tsx';

export const Route = createFileRoute('/_app/customers/$id/')({
  component: function CustomerRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="customer:read">
        <CustomerDetailPage id={id} />
      </RequirePermission>
    );
  },
});

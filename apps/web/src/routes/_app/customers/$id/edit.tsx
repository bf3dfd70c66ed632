import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { EditCustomerPage } from '../../../../modules/customer/CustomerFormPage.tsx';

export const Route = createFileRoute('/_app/customers/$id/edit')({
  component: function EditCustomerRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="customer:update">
        <EditCustomerPage id={id} />
      </RequirePermission>
    );
  },
});

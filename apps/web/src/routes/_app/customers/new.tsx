import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { NewCustomerPage } from '../../../modules/customer/CustomerFormPage.tsx';

export const Route = createFileRoute('/_app/customers/new')({
  component: () => (
    <RequirePermission permission="customer:create">
      <NewCustomerPage />
    </RequirePermission>
  ),
});

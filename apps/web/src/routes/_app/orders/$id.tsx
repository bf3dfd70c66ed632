import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { OrderDetailPage } from '../../../modules/order/OrderDetailPage.tsx';

export const Route = createFileRoute('/_app/orders/$id')({
  component: function OrderRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="order:read">
        <OrderDetailPage id={id} />
      </RequirePermission>
    );
  },
});

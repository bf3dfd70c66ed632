import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { OrdersPage } from '../../../modules/order/OrdersPage.tsx';
import { validateOrderSearch, type OrderSearch } from '../../../modules/order/orderSearch.ts';

export const Route = createFileRoute('/_app/orders/')({
  validateSearch: validateOrderSearch,
  component: function OrdersRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<OrderSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="order:read">
        <OrdersPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

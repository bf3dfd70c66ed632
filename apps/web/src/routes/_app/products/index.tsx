import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { ProductsPage } from '../../../modules/product/ProductsPage.tsx';
import { validateProductSearch, type ProductSearch } from '../../../modules/product/productSearch.ts';

export const Route = createFileRoute('/_app/products/')({
  validateSearch: validateProductSearch,
  component: function ProductsRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<ProductSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="product:read">
        <ProductsPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

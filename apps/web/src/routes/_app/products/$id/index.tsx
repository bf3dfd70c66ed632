import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { ProductDetailPage } from '../../../../modules/product/ProductDetailPage.tsx';

export const Route = createFileRoute('/_app/products/$id/')({
  component: function ProductRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="product:read">
        <ProductDetailPage id={id} />
      </RequirePermission>
    );
  },
});

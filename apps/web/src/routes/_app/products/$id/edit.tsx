import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { EditProductPage } from '../../../../modules/product/ProductFormPage.tsx';

export const Route = createFileRoute('/_app/products/$id/edit')({
  component: function EditProductRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="product:manage">
        <EditProductPage id={id} />
      </RequirePermission>
    );
  },
});

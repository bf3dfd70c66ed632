import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { NewProductPage } from '../../../modules/product/ProductFormPage.tsx';

export const Route = createFileRoute('/_app/products/new')({
  component: () => (
    <RequirePermission permission="product:manage">
      <NewProductPage />
    </RequirePermission>
  ),
});

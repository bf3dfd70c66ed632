import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { PriceBooksPage } from '../../../modules/product/PriceBooksPage.tsx';

export const Route = createFileRoute('/_app/admin/price-books')({
  component: () => (
    <RequirePermission permission="product:manage">
      <PriceBooksPage />
    </RequirePermission>
  ),
});

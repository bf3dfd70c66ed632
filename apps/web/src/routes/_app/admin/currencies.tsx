import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { CurrencyRatesPage } from '../../../modules/currency/CurrencyRatesPage.tsx';

export const Route = createFileRoute('/_app/admin/currencies')({
  component: () => (
    <RequirePermission permission="admin:sales">
      <CurrencyRatesPage />
    </RequirePermission>
  ),
});

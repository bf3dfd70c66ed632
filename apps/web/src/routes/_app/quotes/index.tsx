import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { QuotesPage } from '../../../modules/quote/QuotesPage.tsx';
import { validateQuoteSearch, type QuoteSearch } from '../../../modules/quote/quoteSearch.ts';

export const Route = createFileRoute('/_app/quotes/')({
  validateSearch: validateQuoteSearch,
  component: function QuotesRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    const onSearchChange = (patch: Partial<QuoteSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
    return (
      <RequirePermission permission="quote:read">
        <QuotesPage search={search} onSearchChange={onSearchChange} />
      </RequirePermission>
    );
  },
});

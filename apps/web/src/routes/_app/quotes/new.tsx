import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { NewQuotePage } from '../../../modules/quote/QuoteEditorPage.tsx';

export const Route = createFileRoute('/_app/quotes/new')({
  validateSearch: (search: Record<string, unknown>): { opportunityId?: string } =>
    typeof search.opportunityId === 'string' && search.opportunityId ? { opportunityId: search.opportunityId } : {},
  component: function NewQuoteRoute() {
    const { opportunityId } = Route.useSearch();
    return (
      <RequirePermission permission="quote:create">
        <NewQuotePage opportunityId={opportunityId} />
      </RequirePermission>
    );
  },
});

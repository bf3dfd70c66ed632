import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { QuoteEditorPage } from '../../../../modules/quote/QuoteEditorPage.tsx';

export const Route = createFileRoute('/_app/quotes/$id/')({
  component: function QuoteRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="quote:read">
        <QuoteEditorPage id={id} />
      </RequirePermission>
    );
  },
});

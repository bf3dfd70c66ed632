import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { WebhookDetailPage } from '../../../../modules/webhook/WebhookDetailPage.tsx';

/** One webhook: its settings and its delivery log. */
export const Route = createFileRoute('/_app/admin/webhooks/$id')({
  component: function WebhookRoute() {
    const { id } = Route.useParams();
    return (
      <RequirePermission permission="webhook:manage">
        <WebhookDetailPage key={id} id={id} />
      </RequirePermission>
    );
  },
});

import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { WebhooksPage } from '../../../../modules/webhook/WebhooksPage.tsx';

/** The viewer's webhooks (every one for admins). */
export const Route = createFileRoute('/_app/admin/webhooks/')({
  component: () => (
    <RequirePermission permission="webhook:manage">
      <WebhooksPage />
    </RequirePermission>
  ),
});

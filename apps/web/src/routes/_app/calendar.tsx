import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../modules/auth/RequirePermission.tsx';
import { CalendarPage } from '../../modules/activity/CalendarPage.tsx';

export const Route = createFileRoute('/_app/calendar')({
  component: function CalendarRoute() {
    return (
      <RequirePermission permission="activity:read">
        <CalendarPage />
      </RequirePermission>
    );
  },
});

import type { ReactNode } from 'react';
import { ForbiddenPage } from '../shell/ForbiddenPage.tsx';
import { useViewer, type Permission } from './useViewer.ts';

/** Shows the page only to roles that have the permission (the server checks it too). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { user, can } = useViewer();
  if (!user) return null;
  return can(permission) ? children : <ForbiddenPage />;
}

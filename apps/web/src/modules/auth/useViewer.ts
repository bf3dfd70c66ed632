import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { MeDocument, type MeQuery } from '@panorama/schema';

export type ViewerUser = MeQuery['me']['user'];

/** Permissions the server grants the viewer's role (`module:action`), see `me.permissions`. */
export type Permission =
  | 'customer:read' | 'customer:create' | 'customer:update' | 'customer:delete' | 'customer:export' | 'customer:claim'
  | 'contact:read' | 'contact:create' | 'contact:update' | 'contact:delete' | 'contact:export'
  | 'opportunity:read' | 'opportunity:create' | 'opportunity:update' | 'opportunity:delete' | 'opportunity:export' | 'admin:sales' | 'analytics:sales' | 'target:manage'
  | 'lead:read' | 'lead:create' | 'lead:update' | 'lead:delete' | 'lead:convert' | 'lead:export'
  | 'activity:read' | 'activity:create' | 'activity:update' | 'activity:delete' | 'activity:export'
  | 'contract:read' | 'contract:create' | 'contract:update' | 'contract:delete' | 'contract:export'
  | 'commission:read' | 'commission:manage'
  | 'product:read' | 'product:manage'
  | 'quote:read' | 'quote:create' | 'quote:update' | 'quote:delete' | 'quote:export' | 'order:read' | 'order:update' | 'order:export'
  | 'user:read' | 'admin:users' | 'admin:departments' | 'admin:settings' | 'audit:read' | 'job:manage' | 'webhook:manage'
  | 'customer:import' | 'contact:import' | 'lead:import' | 'product:import';

/**
 * The signed-in user (loaded by the `_app` route guard, so read from the cache) and a
 * permission check for showing or hiding UI. The server enforces the same rules.
 */
export function useViewer() {
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const me = data?.me;
  return useMemo(() => {
    const permissions = new Set(me?.permissions ?? []);
    return {
      user: me?.user ?? null,
      permissions,
      can: (permission: Permission) => permissions.has(permission),
    };
  }, [me]);
}

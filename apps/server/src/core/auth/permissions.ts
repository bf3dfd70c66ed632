import type { Role } from '../../generated/prisma/enums.ts';

/**
 * Role permissions per module and action (§5). A permission is `module:action`.
 * This table is the single source of truth; the web app receives the viewer's list
 * through `me.permissions` to decide what to show (never as protection).
 */
export type Permission =
  | 'customer:read' | 'customer:create' | 'customer:update' | 'customer:delete' | 'customer:export' | 'customer:claim'
  | 'contact:read' | 'contact:create' | 'contact:update' | 'contact:delete' | 'contact:export'
  | 'opportunity:read' | 'opportunity:create' | 'opportunity:update' | 'opportunity:delete'
  | 'lead:read' | 'lead:create' | 'lead:update' | 'lead:delete' | 'lead:convert'
  | 'analytics:sales' | 'target:manage'
  | 'product:read' | 'product:manage'
  | 'quote:read' | 'quote:create' | 'quote:update' | 'quote:delete'
  | 'order:read' | 'order:update'
  | 'contract:read' | 'contract:create' | 'contract:update' | 'contract:delete'
  | 'commission:read' | 'commission:manage'
  | 'activity:read' | 'activity:create' | 'activity:update' | 'activity:delete'
  | 'user:read'
  | 'admin:users' | 'admin:sales' | 'admin:departments' | 'admin:settings'
  | 'audit:read';

const ALL: Permission[] = [
  'customer:read', 'customer:create', 'customer:update', 'customer:delete', 'customer:export', 'customer:claim',
  'contact:read', 'contact:create', 'contact:update', 'contact:delete', 'contact:export',
  'opportunity:read', 'opportunity:create', 'opportunity:update', 'opportunity:delete',
  'lead:read', 'lead:create', 'lead:update', 'lead:delete', 'lead:convert', 'analytics:sales', 'target:manage',
  'product:read', 'product:manage', 'quote:read', 'quote:create', 'quote:update', 'quote:delete', 'order:read', 'order:update',
  'contract:read', 'contract:create', 'contract:update', 'contract:delete', 'commission:read', 'commission:manage',
  'activity:read', 'activity:create', 'activity:update', 'activity:delete',
  'user:read', 'admin:users', 'admin:sales', 'admin:departments', 'admin:settings', 'audit:read',
];

/** Every staff role logs and sees its own activities; managers also delete them. */
const ACTIVITY: Permission[] = ['activity:read', 'activity:create', 'activity:update'];

const SALES_REP: Permission[] = [
  'customer:read', 'customer:create', 'customer:update', 'customer:claim',
  'contact:read', 'contact:create', 'contact:update', 'contact:delete',
  'opportunity:read', 'opportunity:create', 'opportunity:update',
  'lead:read', 'lead:create', 'lead:update', 'lead:convert', 'analytics:sales', 'user:read', ...ACTIVITY,
  'product:read', 'quote:read', 'quote:create', 'quote:update', 'order:read',
  'contract:read', 'contract:create', 'contract:update', 'commission:read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ALL,
  SALES_MANAGER: [
    ...SALES_REP, 'customer:delete', 'customer:export', 'contact:export', 'opportunity:delete', 'lead:delete', 'target:manage', 'activity:delete',
    'product:manage', 'quote:delete', 'order:update', 'contract:delete',
  ],
  SALES_REP,
  SERVICE_MANAGER: [
    'customer:read', 'customer:update', 'contact:read', 'contact:create', 'contact:update', 'customer:export', 'contact:export', 'user:read', ...ACTIVITY, 'activity:delete',
    'product:read', 'order:read', 'contract:read', 'contract:create', 'contract:update',
  ],
  SERVICE_AGENT: ['customer:read', 'contact:read', 'contact:create', 'contact:update', 'user:read', ...ACTIVITY, 'product:read', 'contract:read'],
  MARKETER: ['customer:read', 'contact:read', 'customer:export', 'contact:export', 'lead:read', 'lead:create', 'lead:update', 'user:read', ...ACTIVITY, 'product:read'],
  PARTNER: ['customer:read', 'contact:read', 'contact:create', 'contact:update'],
};

export function hasPermission(role: Role, permission: string): boolean {
  return (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission);
}

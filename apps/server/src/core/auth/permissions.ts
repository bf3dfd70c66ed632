import type { Role } from '../../generated/prisma/enums.ts';
import type { AccessModule, Level } from '../access/levels.ts';

/**
 * Permissions per module and action (§5). A permission is `module:action`. Roles live in
 * the database (AccessRole): each holds a set of these; the built-in roles below are
 * created with these defaults by migration and can be edited by admins. The web app
 * receives the viewer's list through `me.permissions` to decide what to show (never as
 * protection).
 */
export type Permission =
  | 'customer:read' | 'customer:create' | 'customer:update' | 'customer:delete' | 'customer:export' | 'customer:claim'
  | 'contact:read' | 'contact:create' | 'contact:update' | 'contact:delete' | 'contact:export'
  | 'opportunity:read' | 'opportunity:create' | 'opportunity:update' | 'opportunity:delete' | 'opportunity:export'
  | 'lead:read' | 'lead:create' | 'lead:update' | 'lead:delete' | 'lead:convert' | 'lead:export'
  | 'analytics:sales' | 'target:manage'
  | 'product:read' | 'product:manage'
  | 'quote:read' | 'quote:create' | 'quote:update' | 'quote:delete' | 'quote:export'
  | 'order:read' | 'order:update' | 'order:export'
  | 'contract:read' | 'contract:create' | 'contract:update' | 'contract:delete' | 'contract:export'
  | 'commission:read' | 'commission:manage'
  | 'activity:read' | 'activity:create' | 'activity:update' | 'activity:delete' | 'activity:export'
  | 'user:read'
  | 'admin:users' | 'admin:sales' | 'admin:departments' | 'admin:settings'
  | 'audit:read'
  | 'job:manage'
  | 'webhook:manage'
  | 'customer:import' | 'contact:import' | 'lead:import' | 'product:import';

/** Every permission there is: the catalogue roles are made from. */
export const PERMISSIONS: readonly Permission[] = [
  'customer:read', 'customer:create', 'customer:update', 'customer:delete', 'customer:export', 'customer:claim',
  'contact:read', 'contact:create', 'contact:update', 'contact:delete', 'contact:export',
  'opportunity:read', 'opportunity:create', 'opportunity:update', 'opportunity:delete',
  'lead:read', 'lead:create', 'lead:update', 'lead:delete', 'lead:convert', 'analytics:sales', 'target:manage',
  'product:read', 'product:manage', 'quote:read', 'quote:create', 'quote:update', 'quote:delete', 'order:read', 'order:update',
  'contract:read', 'contract:create', 'contract:update', 'contract:delete', 'commission:read', 'commission:manage',
  'activity:read', 'activity:create', 'activity:update', 'activity:delete',
  'user:read', 'admin:users', 'admin:sales', 'admin:departments', 'admin:settings', 'audit:read',
  'opportunity:export', 'lead:export', 'quote:export', 'order:export', 'contract:export', 'activity:export',
  'job:manage', 'webhook:manage',
  'customer:import', 'contact:import', 'lead:import', 'product:import',
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

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  SALES_MANAGER: [
    ...SALES_REP, 'customer:delete', 'customer:export', 'contact:export', 'opportunity:delete', 'lead:delete', 'target:manage', 'activity:delete',
    'product:manage', 'quote:delete', 'order:update', 'contract:delete',
    'opportunity:export', 'lead:export', 'quote:export', 'order:export', 'contract:export', 'activity:export',
    'customer:import', 'contact:import', 'lead:import', 'product:import',
  ],
  SALES_REP,
  SERVICE_MANAGER: [
    'customer:read', 'customer:update', 'contact:read', 'contact:create', 'contact:update', 'customer:export', 'contact:export', 'user:read', ...ACTIVITY, 'activity:delete',
    'product:read', 'order:read', 'contract:read', 'contract:create', 'contract:update', 'contract:export', 'activity:export',
  ],
  SERVICE_AGENT: ['customer:read', 'contact:read', 'contact:create', 'contact:update', 'user:read', ...ACTIVITY, 'product:read', 'contract:read'],
  MARKETER: ['customer:read', 'contact:read', 'customer:export', 'contact:export', 'lead:read', 'lead:create', 'lead:update', 'lead:export', 'lead:import', 'user:read', ...ACTIVITY, 'product:read'],
  PARTNER: ['customer:read', 'contact:read', 'contact:create', 'contact:update'],
};

/** A built-in role as the migration creates it (AccessRole.key). */
export interface BuiltInRole {
  key: Role | 'PARTNER_ADMIN';
  name: string;
  forPartners: boolean;
  permissions: readonly Permission[];
  /** Modules read wider than the user's kind: service staff read every customer (and so contact) and contract, marketers every customer. */
  visibility: Readonly<Partial<Record<AccessModule, Level>>>;
}

export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  { key: 'ADMIN', name: 'Administrator', forPartners: false, permissions: ROLE_PERMISSIONS.ADMIN, visibility: {} },
  { key: 'SALES_MANAGER', name: 'Sales manager', forPartners: false, permissions: ROLE_PERMISSIONS.SALES_MANAGER, visibility: {} },
  { key: 'SALES_REP', name: 'Sales rep', forPartners: false, permissions: ROLE_PERMISSIONS.SALES_REP, visibility: {} },
  { key: 'SERVICE_MANAGER', name: 'Service manager', forPartners: false, permissions: ROLE_PERMISSIONS.SERVICE_MANAGER, visibility: { customer: 'all', contract: 'all' } },
  { key: 'SERVICE_AGENT', name: 'Service agent', forPartners: false, permissions: ROLE_PERMISSIONS.SERVICE_AGENT, visibility: { customer: 'all', contract: 'all' } },
  { key: 'MARKETER', name: 'Marketer', forPartners: false, permissions: ROLE_PERMISSIONS.MARKETER, visibility: { customer: 'all' } },
  { key: 'PARTNER', name: 'Partner member', forPartners: true, permissions: ROLE_PERMISSIONS.PARTNER, visibility: {} },
  { key: 'PARTNER_ADMIN', name: 'Partner admin', forPartners: true, permissions: [...ROLE_PERMISSIONS.PARTNER, 'opportunity:read'], visibility: {} },
];

/** Whether the principal's role (as loaded for this request) grants `permission`. */
export function viewerCan(viewer: { permissions: readonly string[] } | null | undefined, permission: string): boolean {
  return !!viewer && viewer.permissions.includes(permission);
}

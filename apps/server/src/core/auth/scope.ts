import type { Role } from '../../generated/prisma/enums.ts';

/**
 * What records a viewer may see, built once per request (§5) and passed to every
 * repository method. No repository query exists without one.
 *
 * - all:        admins
 * - department: managers — records owned by anyone in their department subtree, and the pool
 * - own:        other staff — their own records, and the pool
 * - partner:    partner users — only records linked to their partner company (never the pool)
 */
export type Scope =
  | { kind: 'all'; userId: string; role: Role }
  | { kind: 'department'; userId: string; role: Role; userIds: readonly string[] }
  | { kind: 'own'; userId: string; role: Role }
  | { kind: 'partner'; userId: string; role: Role; partnerId: string | null };

/** Whether a viewer in this scope may see a record owned by `ownerId` and linked to `partnerId`. */
export function scopeAllowsOwner(scope: Scope, ownerId: string | null, partnerId: string | null): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'department':
      return ownerId === null || scope.userIds.includes(ownerId);
    case 'own':
      return ownerId === null || ownerId === scope.userId;
    case 'partner':
      return scope.partnerId !== null && partnerId === scope.partnerId;
  }
}

/** Whether a viewer may change (not just see) a record: the pool is claimed, not edited, by non-managers. */
export function scopeMayModify(scope: Scope, ownerId: string | null, partnerId: string | null): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'department':
      return ownerId === null || scope.userIds.includes(ownerId);
    case 'own':
      return ownerId === scope.userId;
    case 'partner':
      return scope.partnerId !== null && partnerId === scope.partnerId;
  }
}

/** Users whose records this scope may see, or null for "any". Used to scope owner pickers and audit. */
export function scopeOwnerIds(scope: Scope): readonly string[] | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'department':
      return scope.userIds;
    case 'own':
      return [scope.userId];
    case 'partner':
      return [];
  }
}

import type { Role } from '../../generated/prisma/enums.ts';
import type { AccessModule, Level } from '../access/levels.ts';
import type { SharedIds } from './viewer.ts';

/**
 * Who a request acts as and what it may see, built once per request (§5) and passed to
 * every repository method. No repository query exists without one.
 *
 * `kind` is the base level, which also decides writes:
 * - all:        admins
 * - department: managers — records owned by anyone in their department subtree, and the pool
 * - own:        other staff — their own records, and the pool
 * - partner:    partner users — only records linked to their partner company (never the pool)
 *
 * `reach` widens reading per module (service staff read every customer); what a model's
 * level means for its rows is declared once in core/access/rules.ts.
 */
type Base = {
  userId: string;
  role: Role;
  reach?: Readonly<Partial<Record<AccessModule, Level>>>;
  /** The principal's department and those above it (shares with any of them count). */
  departmentIds?: readonly string[];
  /** Records shared with the principal, by kind: visible beside what its level shows. */
  shared?: SharedIds;
};
export type Scope =
  | (Base & { kind: 'all' })
  | (Base & { kind: 'department'; userIds: readonly string[] })
  /** `userIds`: the department subtree's users, when the role reads some module at department level. */
  | (Base & { kind: 'own'; userIds?: readonly string[] })
  | (Base & { kind: 'partner'; partnerId: string | null });

/** How far this scope reads the records of `module`. */
export function levelOf(scope: Scope, module: AccessModule): Level {
  return scope.reach?.[module] ?? scope.kind;
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

/** Users whose records this scope covers at its base level, or null for "any". Used to scope owner pickers. */
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

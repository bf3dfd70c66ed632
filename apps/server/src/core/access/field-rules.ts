import type { Context } from '../../context.ts';
import { viewerCan } from '../auth/permissions.ts';

/**
 * Field rules (SPEC §5): a user's email, role, last sign-in, lock state and claim limit are
 * read by administrators and by the user themself; everyone else sees the name. The User
 * type resolves those fields through this rule wherever a user appears (an owner, a
 * timeline actor, a territory's reps), so no path shows more than another.
 */
export function mayReadPersonalFields(ctx: Pick<Context, 'viewer' | 'signedInUserId'>, userId: string): boolean {
  if (ctx.signedInUserId === userId) return true; // the login payload shows the user who just signed in
  const viewer = ctx.viewer;
  return !!viewer && (viewer.id === userId || viewerCan(viewer, 'admin:users'));
}

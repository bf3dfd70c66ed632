import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context } from '../../context.ts';
import { forbidden, unauthenticated } from '../errors/app-error.ts';
import { viewerCan } from './permissions.ts';

/** Marks an operation anyone may call, signed in or not (login). */
export const PUBLIC = 'public';
/** Marks an operation any signed-in user may call (me, logout). */
export const SIGNED_IN = 'signed-in';

/**
 * The one place where operations are authorized. Every Query, Mutation and field
 * resolver carries `@Authorized(...)` with PUBLIC, SIGNED_IN or permissions
 * (`module:action`, all required); a test fails for any resolver without one.
 * Record-level visibility is the Scope's job, in the repositories.
 */
export class AuthChecker implements AuthCheckerInterface<Context> {
  check({ context }: ResolverData<Context>, rules: string[]): boolean {
    if (rules.includes(PUBLIC)) return true;
    const viewer = context.viewer;
    // login's own payload is read by the user who just signed in with this request
    if (rules.includes(SIGNED_IN) && (viewer || context.signedInUserId)) return true;
    if (!viewer) throw unauthenticated();
    if (rules.length === 0) throw forbidden();
    if (!rules.every((rule) => viewerCan(viewer, rule))) throw forbidden();
    return true;
  }
}

import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context } from '../../context.ts';
import { forbidden, unauthenticated } from '../errors/app-error.ts';
import { viewerCan } from './permissions.ts';

/** Marks an operation anyone may call, signed in or not (login). */
export const PUBLIC = 'public';
/** Marks an operation any signed-in user may call (me, logout). */
export const SIGNED_IN = 'signed-in';
/**
 * Marks an operation on the account itself that only a person signed in with a password
 * (a session) may call, never an API key: what a stolen key must not do (change the
 * password, end sessions, mint more keys).
 */
export const SESSION = 'session';

/**
 * The one place where operations are authorized. Every Query, Mutation and field
 * resolver carries `@Authorized(...)` with PUBLIC, SIGNED_IN, SESSION or permissions
 * (`module:action`, all required); a test fails for any resolver without one. An API key
 * passes the same rules as a session, with the permissions of its scopes.
 * Record-level visibility is the Scope's job, in the repositories.
 */
export class AuthChecker implements AuthCheckerInterface<Context> {
  check({ context }: ResolverData<Context>, rules: string[]): boolean {
    if (rules.includes(PUBLIC)) return true;
    const viewer = context.viewer;
    // login's own payload is read by the user who just signed in with this request
    if (rules.includes(SIGNED_IN) && (viewer || context.signedInUserId)) return true;
    if (!viewer) throw unauthenticated();
    if (rules.includes(SESSION)) {
      if (viewer.apiKeyId) throw forbidden('API keys cannot do this; sign in with your password');
      return true;
    }
    if (rules.length === 0) throw forbidden();
    if (!rules.every((rule) => viewerCan(viewer, rule))) throw forbidden();
    return true;
  }
}

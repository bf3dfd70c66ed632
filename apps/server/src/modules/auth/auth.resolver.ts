import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { PUBLIC, SESSION, SIGNED_IN } from '../../core/auth/auth-checker.ts';
import { clearSessionCookie, setSessionCookie } from '../../core/http/session-cookie.ts';
import { User, Viewer } from '../user/user.type.ts';
import { AuthPayload, Session } from './auth.type.ts';

/** Signing in and out, and the account's own settings. Account operations take a session (SESSION): an API key cannot call them. */
@Resolver()
export class AuthResolver {
  @Authorized(PUBLIC)
  @Mutation(() => AuthPayload, {
    description:
      'Signs in; 10 wrong passwords in a row lock the account for 15 minutes. Too many attempts from one client address or for one email answer RATE_LIMITED with `retryAfterSeconds`.',
  })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    const result = await ctx.services.auth.login(email.slice(0, 320), password.slice(0, 200), {
      userAgent: ctx.req.get('user-agent'),
      ip: ctx.req.ip,
    });
    setSessionCookie(ctx.res, result.token, result.expiresAt);
    ctx.signedInUserId = result.user.id;
    return result;
  }

  @Authorized(SESSION)
  @Mutation(() => Boolean, { description: 'Revokes the current session.' })
  async logout(@Ctx() ctx: Context) {
    clearSessionCookie(ctx.res);
    return ctx.services.auth.logout(ctx.viewer!, await ctx.scope());
  }

  @Authorized(SIGNED_IN)
  @Query(() => Viewer)
  async me(@Ctx() ctx: Context) {
    const user = await ctx.loaders.user.load(ctx.viewer!.id);
    return { user, permissions: [...ctx.viewer!.permissions] };
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => User)
  setMyLocale(@Arg('locale', () => String) locale: string, @Ctx() ctx: Context) {
    return ctx.services.auth.setLocale(ctx.viewer!, locale);
  }

  @Authorized(SESSION)
  @Mutation(() => Boolean)
  async changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.changePassword(ctx.viewer!, await ctx.scope(), currentPassword, newPassword);
  }

  @Authorized(SESSION)
  @Query(() => [Session], { description: 'Where the viewer is signed in: live sessions, most recently used first (at most 100).' })
  async mySessions(@Ctx() ctx: Context) {
    return ctx.services.auth.mySessions(ctx.viewer!, await ctx.scope());
  }

  @Authorized(SESSION)
  @Mutation(() => Boolean, { description: 'Signs one of the viewer’s sessions out (this one too, if it is its id).' })
  async revokeMySession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const revoked = await ctx.services.auth.revokeMySession(await ctx.scope(), id);
    if (id === ctx.viewer!.sessionId) clearSessionCookie(ctx.res);
    return revoked;
  }

  @Authorized(SESSION)
  @Mutation(() => Boolean, { description: 'Signs the viewer out of every session, this one included.' })
  async signOutEverywhere(@Ctx() ctx: Context) {
    clearSessionCookie(ctx.res);
    return ctx.services.auth.signOutEverywhere(await ctx.scope());
  }
}

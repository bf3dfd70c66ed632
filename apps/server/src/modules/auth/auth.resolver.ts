import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { PUBLIC, SIGNED_IN } from '../../core/auth/auth-checker.ts';
import { ROLE_PERMISSIONS } from '../../core/auth/permissions.ts';
import { clearSessionCookie, setSessionCookie } from '../../core/http/session-cookie.ts';
import { User, Viewer } from '../user/user.type.ts';
import { AuthPayload } from './auth.type.ts';

@Resolver()
export class AuthResolver {
  @Authorized(PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Signs in; 10 wrong passwords lock the account for 15 minutes.' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    const result = await ctx.services.auth.login(email.slice(0, 320), password.slice(0, 200), {
      userAgent: ctx.req.get('user-agent'),
      ip: ctx.req.ip,
    });
    setSessionCookie(ctx.res, result.token, result.expiresAt);
    return result;
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Revokes the current session.' })
  async logout(@Ctx() ctx: Context) {
    clearSessionCookie(ctx.res);
    return ctx.services.auth.logout(ctx.viewer!);
  }

  @Authorized(SIGNED_IN)
  @Query(() => Viewer)
  async me(@Ctx() ctx: Context) {
    const user = await ctx.loaders.user.load(ctx.viewer!.id);
    return { user, permissions: [...ROLE_PERMISSIONS[ctx.viewer!.role]] };
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => User)
  setMyLocale(@Arg('locale', () => String) locale: string, @Ctx() ctx: Context) {
    return ctx.services.auth.setLocale(ctx.viewer!, locale);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Boolean)
  changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.changePassword(ctx.viewer!, currentPassword, newPassword);
  }
}

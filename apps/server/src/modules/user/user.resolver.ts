import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../generated/prisma/enums.ts';
import { SIGNED_IN } from '../../core/auth/auth-checker.ts';
import { mayReadPersonalFields } from '../../core/access/field-rules.ts';
import type { Context } from '../../context.ts';
import { Department } from '../department/department.type.ts';
import { Partner } from '../partner/partner.type.ts';
import { User, UserConnection } from './user.type.ts';
import { AccessRole } from '../role/role.type.ts';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './user.inputs.ts';

@Resolver(() => User)
export class UserResolver {
  @Authorized('user:read')
  @Query(() => UserConnection, { description: 'Users the viewer may see (admins all, managers their department subtree), by name.' })
  async users(@Args() args: UsersArgs, @Ctx() ctx: Context) {
    return ctx.services.user.list(await ctx.scope(), args);
  }

  @Authorized('user:read')
  @Query(() => [User], { description: 'Active staff by name (the directory every staff member may read: names and departments, for pickers such as sharing).' })
  colleagues(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.user.colleagues(search, first);
  }

  @Authorized('user:read')
  @Query(() => User)
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.user.get(await ctx.scope(), id);
  }

  @Authorized('admin:users')
  @Mutation(() => User)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return ctx.services.user.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('admin:users')
  @Mutation(() => User)
  async updateUser(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: Context) {
    return ctx.services.user.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('admin:users')
  @Mutation(() => User, { description: 'Blocks sign-in and ends the user’s sessions; you cannot deactivate yourself.' })
  async deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.user.deactivate(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('admin:users')
  @Mutation(() => User)
  async reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.user.reactivate(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('admin:users')
  @Mutation(() => User, { description: 'Sets a new password, clears a lockout and ends the user’s sessions.' })
  async resetUserPassword(@Arg('id', () => ID) id: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context) {
    return ctx.services.user.resetPassword(ctx.viewer!, await ctx.scope(), id, newPassword);
  }

  @Authorized('user:read')
  @FieldResolver(() => Department, { nullable: true })
  department(@Root() user: User, @Ctx() ctx: Context) {
    return user.departmentId ? ctx.loaders.department.load(user.departmentId) : null;
  }

  @Authorized('user:read')
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() user: User, @Ctx() ctx: Context) {
    return user.partnerId ? ctx.loaders.partner.load(user.partnerId) : null;
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => AccessRole, { nullable: true, description: 'The role whose permissions apply (their own, or the built-in one of their kind). Admins and the user only.' })
  accessRole(@Root() user: User, @Ctx() ctx: Context) {
    if (!mayReadPersonalFields(ctx, user.id)) return null;
    return ctx.loaders.accessRole.load(user.accessRoleId ?? `key:${user.role}`);
  }

  // Personal fields: null unless the viewer is an admin or the user (field-rules.ts).
  private personal<T>(ctx: Context, user: User, value: T): T | null {
    return mayReadPersonalFields(ctx, user.id) ? value : null;
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => String, { nullable: true, description: 'Admins and the user only; null for others.' })
  email(@Root() user: User, @Ctx() ctx: Context) {
    return this.personal(ctx, user, user.email);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => Role, { nullable: true, description: 'Admins and the user only; null for others.' })
  role(@Root() user: User, @Ctx() ctx: Context) {
    return this.personal(ctx, user, user.role);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => Date, { nullable: true, description: 'Admins and the user only; null for others.' })
  lastLoginAt(@Root() user: User, @Ctx() ctx: Context) {
    return this.personal(ctx, user, user.lastLoginAt);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => Date, { nullable: true, description: 'Until when sign-in is locked after failed attempts. Admins and the user only.' })
  lockedUntil(@Root() user: User, @Ctx() ctx: Context) {
    return this.personal(ctx, user, user.lockedUntil);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => Int, { nullable: true, description: 'Pool claim limit for this user; null uses the default (or hidden: admins and the user only).' })
  claimLimit(@Root() user: User, @Ctx() ctx: Context) {
    return this.personal(ctx, user, user.claimLimit);
  }
}

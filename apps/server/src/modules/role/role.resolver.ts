import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { AccessRole, PermissionModule } from './role.type.ts';
import { CreateRoleInput, UpdateRoleInput } from './role.inputs.ts';

@Resolver(() => AccessRole)
export class RoleResolver {
  @Authorized('user:read')
  @Query(() => [AccessRole], { description: 'Every role, built-in first.' })
  async roles(@Ctx() ctx: Context) {
    return ctx.services.role.list(await ctx.scope());
  }

  @Authorized('admin:users')
  @Query(() => [PermissionModule], { description: 'The module × action grid roles are made from.' })
  permissionCatalog(@Ctx() ctx: Context) {
    return ctx.services.role.catalog();
  }

  @Authorized('admin:users')
  @Mutation(() => AccessRole)
  async createRole(@Arg('input', () => CreateRoleInput) input: CreateRoleInput, @Ctx() ctx: Context) {
    return ctx.services.role.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('admin:users')
  @Mutation(() => AccessRole, { description: 'Applies to every holder from their next request. The Administrator role cannot be changed.' })
  async updateRole(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateRoleInput) input: UpdateRoleInput, @Ctx() ctx: Context) {
    return ctx.services.role.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('admin:users')
  @Mutation(() => Boolean, { description: 'Deletes a role nobody holds; built-in roles stay.' })
  async deleteRole(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.role.remove(ctx.viewer!, await ctx.scope(), id);
  }
}

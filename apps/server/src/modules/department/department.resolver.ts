import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Department } from './department.type.ts';
import { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs.ts';

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized('user:read')
  @Query(() => [Department], { description: 'The whole department tree, flat (build it from parentId).' })
  async departments(@Ctx() ctx: Context) {
    return ctx.services.department.list(await ctx.scope());
  }

  @Authorized('admin:departments')
  @Mutation(() => Department)
  async createDepartment(@Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput, @Ctx() ctx: Context) {
    return ctx.services.department.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('admin:departments')
  @Mutation(() => Department, { description: 'Renames, or moves under another parent with the whole subtree.' })
  async updateDepartment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDepartmentInput) input: UpdateDepartmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.department.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('admin:departments')
  @Mutation(() => Boolean, { description: 'Deletes an empty department: no sub-departments, no users.' })
  async deleteDepartment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.department.remove(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('user:read')
  @FieldResolver(() => [Department])
  children(@Root() department: Department, @Ctx() ctx: Context) {
    return ctx.loaders.departmentChildren.load(department.id);
  }
}

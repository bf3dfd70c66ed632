import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Department } from './department.type.ts';
import { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs.ts';

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized('user:read')
  @Query(() => [Department], { description: 'The whole department tree, flat (build it from parentId).' })
  departments(@Ctx() ctx: Context) {
    return ctx.services.department.list();
  }

  @Authorized('admin:departments')
  @Mutation(() => Department)
  createDepartment(@Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput, @Ctx() ctx: Context) {
    return ctx.services.department.create(ctx.viewer!, input);
  }

  @Authorized('admin:departments')
  @Mutation(() => Department, { description: 'Renames, or moves under another parent with the whole subtree.' })
  updateDepartment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDepartmentInput) input: UpdateDepartmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.department.update(ctx.viewer!, id, input);
  }

  @Authorized('admin:departments')
  @Mutation(() => Boolean, { description: 'Deletes an empty department: no sub-departments, no users.' })
  deleteDepartment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.department.remove(ctx.viewer!, id);
  }

  @Authorized('user:read')
  @FieldResolver(() => [Department])
  children(@Root() department: Department, @Ctx() ctx: Context) {
    return ctx.loaders.departmentChildren.load(department.id);
  }
}

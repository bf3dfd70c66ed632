import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { SalesTargetFilter, SetSalesTargetInput } from './target.inputs.ts';
import { SalesTarget } from './target.type.ts';

@Resolver()
export class TargetResolver {
  @Authorized('analytics:sales')
  @Query(() => [SalesTarget], { description: 'Targets the viewer may see: their own; managers their subtree’s users and departments; admins all.' })
  async salesTargets(@Arg('filter', () => SalesTargetFilter, { nullable: true }) filter: SalesTargetFilter | null, @Ctx() ctx: Context) {
    return ctx.services.target.list(await ctx.scope(), filter);
  }

  @Authorized('target:manage')
  @Mutation(() => SalesTarget, { description: 'Creates or replaces the target of a user or department for one month or quarter.' })
  async setSalesTarget(@Arg('input', () => SetSalesTargetInput) input: SetSalesTargetInput, @Ctx() ctx: Context) {
    return ctx.services.target.set(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('target:manage')
  @Mutation(() => Boolean, { description: 'Removes a target.' })
  async deleteSalesTarget(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.target.delete(ctx.viewer!, await ctx.scope(), id);
  }
}

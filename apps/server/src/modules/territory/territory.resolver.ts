import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';
import type { Context } from '../../context.ts';
import { CreateTerritoryInput, UpdateTerritoryInput } from './territory.inputs.ts';
import { Territory } from './territory.type.ts';

@ArgsType()
class SetTerritoryRepsArgs {
  @Field(() => ID) territoryId: string;
  @Field(() => [ID], { description: 'The full new list; [] removes every rep.' }) @ArrayMaxSize(100) userIds: string[];
}

@Resolver(() => Territory)
export class TerritoryResolver {
  @Authorized('customer:read')
  @Query(() => [Territory])
  async territories(@Ctx() ctx: Context) {
    return ctx.services.territories.findAll(await ctx.scope());
  }

  @Authorized('admin:sales')
  @Mutation(() => Territory)
  async createTerritory(@Arg('input', () => CreateTerritoryInput) input: CreateTerritoryInput, @Ctx() ctx: Context) {
    return ctx.services.territory.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('admin:sales')
  @Mutation(() => Territory, { description: 'Renames and/or moves a territory (never below itself).' })
  async updateTerritory(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateTerritoryInput) input: UpdateTerritoryInput, @Ctx() ctx: Context) {
    return ctx.services.territory.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('admin:sales')
  @Mutation(() => Boolean, { description: 'Deletes a territory without children, customers, leads or reps; CONFLICT names what is in the way.' })
  async deleteTerritory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.territory.delete(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('admin:sales')
  @Mutation(() => Territory, { description: 'Replaces the reps (active staff users) of a territory; lead routing uses them.' })
  async setTerritoryReps(@Args(() => SetTerritoryRepsArgs) args: SetTerritoryRepsArgs, @Ctx() ctx: Context) {
    return ctx.services.territory.setReps(ctx.viewer!, await ctx.scope(), args.territoryId, args.userIds);
  }
}

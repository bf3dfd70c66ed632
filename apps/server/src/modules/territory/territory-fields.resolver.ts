import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { User } from '../user/user.type.ts';
import { Territory } from './territory.type.ts';

/** The users assigned to a territory, batched (territory tree nodes use it too). */
export async function repsOf(ctx: Context, territoryId: string): Promise<User[]> {
  const ids = await ctx.loaders.territoryRepIds.load(territoryId);
  const users = await ctx.loaders.user.loadMany(ids);
  return users.filter((u): u is User => !!u && !(u instanceof Error));
}

@Resolver(() => Territory)
export class TerritoryFieldsResolver {
  @Authorized('customer:read')
  @FieldResolver(() => [User], { description: 'Users assigned to this territory (lead routing uses them).' })
  reps(@Root() territory: Territory, @Ctx() ctx: Context) {
    return repsOf(ctx, territory.id);
  }
}

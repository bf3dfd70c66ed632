import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { User } from '../user/user.type.ts';
import { repsOf } from '../territory/territory-fields.resolver.ts';
import { TerritoryNode } from './territory-tree.type.ts';

/** The territory tree with what the viewer may see in each territory (admin page, filters). */
@Resolver(() => TerritoryNode)
export class TerritoryTreeResolver {
  @Authorized('customer:read')
  @Query(() => [TerritoryNode], {
    description: 'Every territory, depth-first (siblings by name), with customers and open pipeline the viewer may see, own and including territories below.',
  })
  async territoryTree(@Ctx() ctx: Context) {
    return ctx.services.territoryTree.tree(await ctx.scope());
  }

  @Authorized('customer:read')
  @FieldResolver(() => [User], { description: 'Users assigned to this territory (lead routing uses them).' })
  reps(@Root() territory: TerritoryNode, @Ctx() ctx: Context) {
    return repsOf(ctx, territory.id);
  }
}

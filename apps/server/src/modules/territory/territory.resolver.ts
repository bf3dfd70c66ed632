import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Territory } from './territory.type.ts';

@Resolver(() => Territory)
export class TerritoryResolver {
  @Authorized('customer:read')
  @Query(() => [Territory])
  territories(@Ctx() ctx: Context) {
    return ctx.services.territories.findAll();
  }
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { AssignCustomersToTerritoryInput } from './customer-territory.inputs.ts';
import { AssignCustomersResult } from './customer-territory.type.ts';

@Resolver()
export class CustomerTerritoryResolver {
  @Authorized('customer:update')
  @Mutation(() => AssignCustomersResult, { description: 'Moves customers (by ids or by list filter) into a territory: all or nothing, audited per customer.' })
  async assignCustomersToTerritory(@Arg('input', () => AssignCustomersToTerritoryInput) input: AssignCustomersToTerritoryInput, @Ctx() ctx: Context) {
    return ctx.services.customerTerritory.assignCustomers(ctx.viewer!, await ctx.scope(), input);
  }
}

import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Order, OrderConnection } from './order.type.ts';
import { OrdersArgs, OrderTransitionArgs } from './order.inputs.ts';

@Resolver(() => Order)
export class OrderResolver {
  @Authorized('order:read')
  @Query(() => OrderConnection, { description: 'Orders of deals the viewer may see; newest order date first by default.' })
  async orders(@Args() args: OrdersArgs, @Ctx() ctx: Context) {
    return ctx.services.order.list(await ctx.scope(), args);
  }

  @Authorized('order:read')
  @Query(() => Order)
  async order(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.order.get(await ctx.scope(), id);
  }

  @Authorized('order:update')
  @Mutation(() => Order, { description: 'CONFIRMED → FULFILLED; CONFLICT ORDER_NOT_CONFIRMED otherwise, STALE_VERSION when changed meanwhile.' })
  async fulfilOrder(@Args() { id, version }: OrderTransitionArgs, @Ctx() ctx: Context) {
    return ctx.services.order.fulfil(ctx.viewer!, await ctx.scope(), id, version);
  }

  @Authorized('order:update')
  @Mutation(() => Order, { description: 'CONFIRMED → CANCELLED; CONFLICT ORDER_NOT_CONFIRMED otherwise, STALE_VERSION when changed meanwhile.' })
  async cancelOrder(@Args() { id, version }: OrderTransitionArgs, @Ctx() ctx: Context) {
    return ctx.services.order.cancel(ctx.viewer!, await ctx.scope(), id, version);
  }
}

import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { SIGNED_IN } from '../../core/auth/auth-checker.ts';
import { Customer } from '../customer/customer.type.ts';
import { PoolSettings, PoolStatus } from './pool.type.ts';

@Resolver()
export class PoolResolver {
  @Authorized('customer:claim')
  @Query(() => PoolStatus)
  async poolStatus(@Ctx() ctx: Context) {
    return ctx.services.pool.status(ctx.viewer!, await ctx.scope());
  }

  @Authorized(SIGNED_IN)
  @Query(() => PoolSettings)
  poolSettings(@Ctx() ctx: Context) {
    return ctx.services.pool.settingsFor();
  }

  @Authorized('admin:settings')
  @Mutation(() => PoolSettings)
  updatePoolSettings(
    @Arg('defaultClaimLimit', () => Int, { nullable: true }) defaultClaimLimit: number | null,
    @Arg('autoReleaseDays', () => Int, { nullable: true }) autoReleaseDays: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pool.updateSettings({ defaultClaimLimit, autoReleaseDays });
  }

  @Authorized('customer:claim')
  @Mutation(() => Customer, { description: 'Takes a pool customer; limited per rep.' })
  async claimCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.pool.claim(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('customer:claim')
  @Mutation(() => Customer, { description: 'Gives a customer back to the pool.' })
  async releaseCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.pool.release(ctx.viewer!, await ctx.scope(), id);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../context.ts';
import { User } from '../user/user.type.ts';
import { CreateCommissionPlanInput, UpdateCommissionPlanInput } from './commission.inputs.ts';
import { CommissionPeriod, CommissionPlan, CommissionStatement } from './commission.type.ts';

@Resolver()
export class CommissionPlanResolver {
  @Authorized('commission:manage')
  @Query(() => [CommissionPlan], { description: 'All commission plans, by role, active first.' })
  async commissionPlans(@Ctx() ctx: Context) {
    return ctx.services.commissionPlan.list(await ctx.scope());
  }

  @Authorized('commission:manage')
  @Mutation(() => CommissionPlan, { description: 'Creates a plan; an active one deactivates the role’s other active plan.' })
  async createCommissionPlan(@Arg('input', () => CreateCommissionPlanInput) input: CreateCommissionPlanInput, @Ctx() ctx: Context) {
    return ctx.services.commissionPlan.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('commission:manage')
  @Mutation(() => CommissionPlan)
  async updateCommissionPlan(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateCommissionPlanInput) input: UpdateCommissionPlanInput, @Ctx() ctx: Context) {
    return ctx.services.commissionPlan.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('commission:manage')
  @Mutation(() => Boolean, { description: 'Deletes a plan; statements of closed months keep their figures.' })
  async deleteCommissionPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.commissionPlan.delete(ctx.viewer!, await ctx.scope(), id);
  }
}

@Resolver(() => CommissionStatement)
export class CommissionResolver {
  @Authorized('commission:read')
  @Query(() => [CommissionStatement], { description: 'Statements of a month the viewer may see (own; managers their subtree; admins all), highest commission first.' })
  async commissionStatements(@Arg('periodStart', () => LocalDateResolver) periodStart: string, @Ctx() ctx: Context) {
    return ctx.services.commission.statements(await ctx.scope(), periodStart);
  }

  @Authorized('commission:read')
  @Query(() => CommissionStatement, { description: 'One user’s statement with its deals; NOT_FOUND outside the viewer’s scope.' })
  async commissionStatement(@Arg('userId', () => ID) userId: string, @Arg('periodStart', () => LocalDateResolver) periodStart: string, @Ctx() ctx: Context) {
    return ctx.services.commission.statement(await ctx.scope(), userId, periodStart);
  }

  @Authorized('commission:read')
  @Query(() => [CommissionPeriod], { description: 'Closed months between two first days of a month, newest first.' })
  commissionPeriods(@Arg('from', () => LocalDateResolver) from: string, @Arg('to', () => LocalDateResolver) to: string, @Ctx() ctx: Context) {
    return ctx.services.commission.periods(from, to);
  }

  @Authorized('commission:manage')
  @Mutation(() => CommissionPeriod, { description: 'Freezes every statement of the month; CONFLICT PERIOD_CLOSED when already closed.' })
  async closeCommissionPeriod(@Arg('periodStart', () => LocalDateResolver) periodStart: string, @Ctx() ctx: Context) {
    return ctx.services.commission.close(ctx.viewer!, await ctx.scope(), periodStart);
  }

  @Authorized('commission:manage')
  @Mutation(() => Boolean, { description: 'Deletes the month’s snapshot; its deals can change again.' })
  async reopenCommissionPeriod(@Arg('periodStart', () => LocalDateResolver) periodStart: string, @Ctx() ctx: Context) {
    return ctx.services.commission.reopen(ctx.viewer!, await ctx.scope(), periodStart);
  }

  @Authorized('commission:read')
  @FieldResolver(() => User, { nullable: true })
  user(@Root() s: CommissionStatement, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(s.userId);
  }
}

import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Activity, ActivityConflict, ActivityConnection } from './activity.type.ts';
import { ActivitiesArgs, CalendarArgs, ConflictsArgs, CreateActivityInput, UpdateActivityInput } from './activity.inputs.ts';

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized('activity:read')
  @Query(() => ActivityConnection, { description: 'Activities the viewer owns, attends or manages, newest first.' })
  async activities(@Args() args: ActivitiesArgs, @Ctx() ctx: Context) {
    return ctx.services.activity.list(await ctx.scope(), args);
  }

  @Authorized('activity:read')
  @Query(() => Activity)
  async activity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.activity.get(await ctx.scope(), id);
  }

  @Authorized('activity:read')
  @Query(() => [Activity], { description: 'Calendar of users (default: the viewer) or a department, at most 62 days.' })
  async calendar(@Args() args: CalendarArgs, @Ctx() ctx: Context) {
    return ctx.services.activityCalendar.calendar(ctx.viewer!, await ctx.scope(), args);
  }

  @Authorized('activity:read')
  @Query(() => [ActivityConflict], { description: 'Per attendee the meetings and calls overlapping the span.' })
  async activityConflicts(@Args() args: ConflictsArgs, @Ctx() ctx: Context) {
    return ctx.services.activityCalendar.conflicts(await ctx.scope(), args);
  }

  @Authorized('activity:read')
  @Query(() => [Activity], { description: 'Open tasks due within 24 hours or overdue; meetings and calls starting within the hour.' })
  async myReminders(@Ctx() ctx: Context) {
    return ctx.services.activityCalendar.reminders(await ctx.scope());
  }

  @Authorized('activity:create')
  @Mutation(() => Activity, { description: 'CONFLICT with reason OVERLAP (and the conflicts) when an attendee is busy, unless allowOverlap.' })
  async createActivity(@Arg('input', () => CreateActivityInput) input: CreateActivityInput, @Ctx() ctx: Context) {
    return ctx.services.activity.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('activity:update')
  @Mutation(() => Activity)
  async updateActivity(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput, @Ctx() ctx: Context) {
    return ctx.services.activity.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('activity:update')
  @Mutation(() => Activity)
  async completeActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.activity.complete(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('activity:delete')
  @Mutation(() => Activity)
  async deleteActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.activity.remove(ctx.viewer!, await ctx.scope(), id);
  }
}

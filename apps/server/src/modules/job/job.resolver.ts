import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Job, JobConnection, JobQueue } from './job.type.ts';
import { JobsArgs } from './job.inputs.ts';

@Resolver(() => Job)
export class JobResolver {
  @Authorized('job:manage')
  @Query(() => JobConnection, { description: 'Background jobs, newest first, by status and task.' })
  async jobs(@Args() args: JobsArgs, @Ctx() ctx: Context) {
    return ctx.services.job.list(await ctx.scope(), args);
  }

  @Authorized('job:manage')
  @Query(() => [JobQueue], { description: 'Each task with how many of its jobs are in each state.' })
  async jobQueues(@Ctx() ctx: Context) {
    return ctx.services.job.queues(await ctx.scope());
  }

  @Authorized('job:manage')
  @Mutation(() => Job, { description: 'Runs a failed job again, with fresh attempts. CONFLICT (JOB_STATUS) unless it is FAILED.' })
  async retryJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.job.retry(await ctx.scope(), id);
  }

  @Authorized('job:manage')
  @Mutation(() => Job, { description: 'Cancels a queued job. CONFLICT (JOB_STATUS) unless it is QUEUED.' })
  async cancelJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.job.cancel(await ctx.scope(), id);
  }
}

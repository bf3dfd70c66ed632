import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { User } from '../user/user.type.ts';
import { TimelineEntry } from './timeline.type.ts';

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Authorized('customer:update')
  @Mutation(() => TimelineEntry)
  async addCustomerNote(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('body', () => String) body: string,
    @Arg('contactId', () => ID, { nullable: true }) contactId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.timeline.addNote(ctx.viewer!, await ctx.scope(), customerId, body, contactId);
  }

  @Authorized('customer:read')
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: TimelineEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.user.load(entry.actorId) : null;
  }
}

import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Customer } from '../customer/customer.type.ts';
import { User } from '../user/user.type.ts';
import { Activity } from './activity.type.ts';

/** Relations of an activity, batched through request-scoped loaders. */
@Resolver(() => Activity)
export class ActivityFieldsResolver {
  @Authorized('activity:read')
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() a: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(a.ownerId);
  }

  @Authorized('activity:read')
  @FieldResolver(() => [User])
  async attendees(@Root() a: Activity, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.loadMany(a.attendeeIds)).filter((u): u is User => !!u && !(u instanceof Error));
  }

  @Authorized('activity:read')
  @FieldResolver(() => Customer, { nullable: true, description: 'Null when the customer is outside the viewer’s scope.' })
  customer(@Root() a: Activity, @Ctx() ctx: Context) {
    return a.customerId ? ctx.loaders.customer.load(a.customerId) : null;
  }
}

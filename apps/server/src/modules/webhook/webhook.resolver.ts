import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { User } from '../user/user.type.ts';
import { WebhookAttempt, WebhookDelivery, WebhookDeliveryConnection, WebhookSubscription, WebhookSubscriptionConnection, WebhookWithSecret } from './webhook.type.ts';
import { CreateWebhookInput, ReplayWebhookDeliveriesArgs, UpdateWebhookInput, WebhookDeliveriesArgs } from './webhook.inputs.ts';
import { EVENT_TYPE_CATALOGUE } from './webhook-events.ts';

const MANAGE = 'webhook:manage';

@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  @Authorized(MANAGE)
  @Query(() => WebhookSubscriptionConnection, { description: 'The viewer’s webhooks (every one for admins), newest first.' })
  async webhooks(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.webhook.list(await ctx.scope(), args);
  }

  @Authorized(MANAGE)
  @Query(() => WebhookSubscription, { description: 'One webhook; another user’s answers NOT_FOUND.' })
  async webhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.webhook.get(await ctx.scope(), id);
  }

  @Authorized(MANAGE)
  @Query(() => WebhookDeliveryConnection, { description: 'A webhook’s delivery log, newest first, with each delivery’s attempts.' })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() ctx: Context) {
    return ctx.services.webhook.deliveries(await ctx.scope(), args);
  }

  @Authorized(MANAGE)
  @Query(() => [String], { description: 'Event types to subscribe to (besides `<entity>.*` and `*`).' })
  webhookEventTypes(): readonly string[] {
    return EVENT_TYPE_CATALOGUE;
  }

  @Authorized(MANAGE)
  @Mutation(() => WebhookWithSecret, { description: 'Creates a webhook owned by the viewer, acting with the viewer’s permissions (an API key’s scopes); its secret is shown this once.' })
  async createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: Context) {
    return ctx.services.webhook.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized(MANAGE)
  @Mutation(() => WebhookSubscription, { description: 'Changes a webhook; `active: true` turns an automatically disabled one on again. CONFLICT on a stale version.' })
  async updateWebhook(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput, @Ctx() ctx: Context) {
    return ctx.services.webhook.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized(MANAGE)
  @Mutation(() => WebhookWithSecret, { description: 'A new signing secret, shown this once; the previous one also signs for 24 hours.' })
  async rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.webhook.rotateSecret(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized(MANAGE)
  @Mutation(() => Boolean, { description: 'Deletes a webhook and its delivery log.' })
  async deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.webhook.delete(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized(MANAGE)
  @Mutation(() => Boolean, { description: 'Sends one delivery again now, with the same webhook-id (receivers de-duplicate on it).' })
  async replayWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.webhook.replay(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized(MANAGE)
  @Mutation(() => Int, { description: 'Sends again every delivery of a webhook in a state (default FAILED), optionally since a time; how many.' })
  async replayWebhookDeliveries(@Args() args: ReplayWebhookDeliveriesArgs, @Ctx() ctx: Context) {
    return ctx.services.webhook.replayMany(ctx.viewer!, await ctx.scope(), args);
  }

  @Authorized(MANAGE)
  @FieldResolver(() => User)
  async owner(@Root() webhook: WebhookSubscription, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(webhook.ownerId))!;
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Authorized(MANAGE)
  @FieldResolver(() => [WebhookAttempt], { description: 'Its latest attempts (up to 20), newest first.' })
  attemptLog(@Root() delivery: WebhookDelivery & { attemptLog?: WebhookAttempt[] }): WebhookAttempt[] {
    return delivery.attemptLog ?? [];
  }
}

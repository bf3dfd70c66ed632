import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Order } from './order.type.ts';
import { Quote, QuoteConnection } from './quote.type.ts';
import { CreateQuoteInput, QuotesArgs, UpdateQuoteInput } from './quote.inputs.ts';

@Resolver(() => Quote)
export class QuoteResolver {
  @Authorized('quote:read')
  @Query(() => QuoteConnection, { description: 'Quotes of deals the viewer may see; most recently updated first by default.' })
  async quotes(@Args() args: QuotesArgs, @Ctx() ctx: Context) {
    return ctx.services.quote.list(await ctx.scope(), args);
  }

  @Authorized('quote:read')
  @Query(() => Quote)
  async quote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.quote.get(await ctx.scope(), id);
  }

  @Authorized('quote:create')
  @Mutation(() => Quote, { description: 'A draft on a deal: customer, owner, partner and currency come from the deal; without lines, the deal’s line items.' })
  async createQuote(@Arg('input', () => CreateQuoteInput) input: CreateQuoteInput, @Ctx() ctx: Context) {
    return ctx.services.quote.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('quote:update')
  @Mutation(() => Quote, { description: 'Drafts only (CONFLICT QUOTE_NOT_DRAFT otherwise); totals are recomputed.' })
  async updateQuote(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateQuoteInput) input: UpdateQuoteInput, @Ctx() ctx: Context) {
    return ctx.services.quote.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('quote:update')
  @Mutation(() => Quote, { description: 'DRAFT → SENT.' })
  async markQuoteSent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.quote.markSent(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('quote:update')
  @Mutation(() => Order, { description: 'SENT and not expired → ACCEPTED, making the order in the same transaction. CONFLICT ALREADY_ACCEPTED, QUOTE_NOT_SENT or QUOTE_EXPIRED otherwise.' })
  async acceptQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.quote.accept(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('quote:update')
  @Mutation(() => Quote, { description: 'SENT (or expired) → REJECTED.' })
  async rejectQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.quote.reject(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('quote:create')
  @Mutation(() => Quote, { description: 'A new draft copying a sent, expired or rejected quote.' })
  async reviseQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.quote.revise(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('quote:delete')
  @Mutation(() => Quote, { description: 'Soft-deletes a draft.' })
  async deleteQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.quote.remove(ctx.viewer!, await ctx.scope(), id);
  }
}

import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Contact } from '../contact/contact.type.ts';
import { Customer } from '../customer/customer.type.ts';
import { Opportunity } from '../opportunity/opportunity.type.ts';
import { Order } from './order.type.ts';
import { User } from '../user/user.type.ts';
import { Quote, QuoteLine } from './quote.type.ts';

/** Lines and relations of a quote, batched through request-scoped loaders (no N+1). */
@Resolver(() => Quote)
export class QuoteFieldsResolver {
  @Authorized('quote:read')
  @FieldResolver(() => [QuoteLine])
  lines(@Root() q: Quote, @Ctx() ctx: Context) {
    return ctx.loaders.quoteLines.load(`${q.id}|${q.currency}`);
  }

  @Authorized('quote:read')
  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() q: Quote, @Ctx() ctx: Context) {
    return ctx.loaders.documentOpportunity.load(q.opportunityId);
  }

  @Authorized('quote:read')
  @FieldResolver(() => Customer, { nullable: true, description: 'Null when the customer is outside the viewer’s scope.' })
  customer(@Root() q: Quote, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(q.customerId);
  }

  @Authorized('quote:read')
  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() q: Quote, @Ctx() ctx: Context) {
    return q.contactId ? ctx.loaders.contact.load(q.contactId) : null;
  }

  @Authorized('quote:read')
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() q: Quote, @Ctx() ctx: Context) {
    return q.ownerId ? ctx.loaders.user.load(q.ownerId) : null;
  }

  @Authorized('order:read')
  @FieldResolver(() => Order, { nullable: true, description: 'The order an accepted quote became.' })
  order(@Root() q: Quote, @Ctx() ctx: Context) {
    return q.acceptedAt ? ctx.loaders.quoteOrder.load(q.id) : null;
  }
}

/** The deal page lists the deal's quotes (visible with the deal). */
@Resolver(() => Opportunity)
export class OpportunityQuotesResolver {
  @Authorized('quote:read')
  @FieldResolver(() => [Quote], { description: 'The deal’s live quotes, newest first.' })
  quotes(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.opportunityQuotes.load(o.id);
  }
}

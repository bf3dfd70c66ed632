import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Contact } from '../contact/contact.type.ts';
import { Customer } from '../customer/customer.type.ts';
import { Opportunity } from '../opportunity/opportunity.type.ts';
import { User } from '../user/user.type.ts';
import { Quote, QuoteLine } from './quote.type.ts';
import { ORDERS_PER_CUSTOMER } from './quote.loaders.ts';
import { Order } from './order.type.ts';

/** Lines and relations of an order, batched through request-scoped loaders (no N+1). */
@Resolver(() => Order)
export class OrderFieldsResolver {
  @Authorized('order:read')
  @FieldResolver(() => [QuoteLine], { description: 'The lines as quoted.' })
  lines(@Root() o: Order, @Ctx() ctx: Context) {
    return ctx.loaders.orderLines.load(`${o.id}|${o.currency}`);
  }

  @Authorized('order:read')
  @FieldResolver(() => Quote, { nullable: true, description: 'The accepted quote (null without quote:read).' })
  quote(@Root() o: Order, @Ctx() ctx: Context) {
    return ctx.loaders.quoteById.load(o.quoteId);
  }

  @Authorized('order:read')
  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() o: Order, @Ctx() ctx: Context) {
    return ctx.loaders.documentOpportunity.load(o.opportunityId);
  }

  @Authorized('order:read')
  @FieldResolver(() => Customer, { nullable: true, description: 'Null when the customer is outside the viewer’s scope.' })
  customer(@Root() o: Order, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(o.customerId);
  }

  @Authorized('order:read')
  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() o: Order, @Ctx() ctx: Context) {
    return o.contactId ? ctx.loaders.contact.load(o.contactId) : null;
  }

  @Authorized('order:read')
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() o: Order, @Ctx() ctx: Context) {
    return o.ownerId ? ctx.loaders.user.load(o.ownerId) : null;
  }
}

/** The customer 360 page lists the customer's orders the viewer may see. */
@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @Authorized('order:read')
  @FieldResolver(() => [Order], { description: `The customer’s orders the viewer may see (of deals they may see), newest first, at most ${ORDERS_PER_CUSTOMER}.` })
  orders(@Root() c: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customerOrders.load(c.id);
  }
}

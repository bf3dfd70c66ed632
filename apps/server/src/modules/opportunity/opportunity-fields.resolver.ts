import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { formatAmount, weightedAmount } from '../../core/money/money.ts';
import { Money } from '../../core/money/money.type.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { Contact } from '../contact/contact.type.ts';
import { Customer } from '../customer/customer.type.ts';
import { PipelineStage } from '../pipeline/pipeline.type.ts';
import { User } from '../user/user.type.ts';
import { Opportunity, OpportunityConnection, OpportunityStageChange, OpportunityStatus } from './opportunity.type.ts';

/** Money and relations of a deal; relations batch through request-scoped loaders (no N+1). */
@Resolver(() => Opportunity)
export class OpportunityFieldsResolver {
  @Authorized('opportunity:read')
  @FieldResolver(() => Money)
  amount(@Root() o: Opportunity): Money {
    return { amount: formatAmount(o.amountValue), currency: o.currency };
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => Money, { description: 'amount × probability / 100, rounded half-up to cents.' })
  weightedAmount(@Root() o: Opportunity): Money {
    return { amount: formatAmount(weightedAmount(o.amountValue, o.probability)), currency: o.currency };
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => OpportunityStatus)
  async status(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return (await ctx.loaders.pipelineStage.load(o.stageId))?.kind ?? OpportunityStatus.OPEN;
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => PipelineStage)
  async stage(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.pipelineStage.load(o.stageId);
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => Customer, { nullable: true, description: 'Null when the customer is outside the viewer’s scope.' })
  customer(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(o.customerId);
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return o.contactId ? ctx.loaders.contact.load(o.contactId) : null;
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return o.ownerId ? ctx.loaders.user.load(o.ownerId) : null;
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => [OpportunityStageChange], { description: 'Every stage the deal entered, oldest first.' })
  stageHistory(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.stageHistory.load(o.id);
  }
}

@Resolver(() => OpportunityStageChange)
export class OpportunityStageChangeResolver {
  @Authorized('opportunity:read')
  @FieldResolver(() => PipelineStage, { nullable: true, description: 'The stage left; null for the first entry.' })
  fromStage(@Root() c: OpportunityStageChange, @Ctx() ctx: Context) {
    return c.fromStageId ? ctx.loaders.pipelineStage.load(c.fromStageId) : null;
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => PipelineStage)
  toStage(@Root() c: OpportunityStageChange, @Ctx() ctx: Context) {
    return ctx.loaders.pipelineStage.load(c.toStageId);
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => User, { nullable: true })
  changedBy(@Root() c: OpportunityStageChange, @Ctx() ctx: Context) {
    return c.changedById ? ctx.loaders.user.load(c.changedById) : null;
  }
}

/** The customer 360 page lists the customer's deals the viewer may see. */
@Resolver(() => Customer)
export class CustomerOpportunitiesResolver {
  @Authorized('opportunity:read')
  @FieldResolver(() => OpportunityConnection, { description: 'The customer’s deals the viewer may see, most recently updated first.' })
  async opportunities(@Root() customer: Customer, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.opportunity.list(await ctx.scope(), { ...page, filter: { customerId: customer.id } });
  }
}

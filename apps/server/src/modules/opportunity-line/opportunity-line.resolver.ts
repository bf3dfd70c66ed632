import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Opportunity } from '../opportunity/opportunity.type.ts';
import { PriceBook, Product } from '../product/product.type.ts';
import { SetOpportunityLineItemsInput } from './opportunity-line.inputs.ts';
import { OpportunityLineItem } from './opportunity-line.type.ts';

/** A deal's products: the mutation and the deal's line-item fields (batched, no N+1). */
@Resolver(() => Opportunity)
export class OpportunityLineResolver {
  @Authorized('opportunity:update')
  @Mutation(() => Opportunity, { description: 'Replaces every line of the deal; its amount becomes their total. A deal outside your scope answers NOT_FOUND.' })
  async setOpportunityLineItems(
    @Arg('opportunityId', () => ID) opportunityId: string,
    @Arg('input', () => SetOpportunityLineItemsInput) input: SetOpportunityLineItemsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.opportunityLine.set(ctx.viewer!, await ctx.scope(), opportunityId, input);
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => [OpportunityLineItem], { description: 'Products on the deal, in order.' })
  lineItems(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.opportunityLineItems.load(o.id);
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => PriceBook, { nullable: true, description: 'The book the lines are priced from; null without lines.' })
  async priceBook(@Root() o: Opportunity, @Ctx() ctx: Context) {
    const id = await ctx.loaders.opportunityPriceBookId.load(o.id);
    return id ? ctx.loaders.priceBook.load(id) : null;
  }
}

@Resolver(() => OpportunityLineItem)
export class OpportunityLineItemFieldsResolver {
  @Authorized('opportunity:read')
  @FieldResolver(() => Product)
  product(@Root() line: OpportunityLineItem, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(line.productId);
  }
}

import { Args, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { formatAmount } from '../../core/money/money.ts';
import { Money } from '../../core/money/money.type.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import { ContractSortField } from './contract.inputs.ts';
import { Contact } from '../contact/contact.type.ts';
import { Customer } from '../customer/customer.type.ts';
import { Opportunity } from '../opportunity/opportunity.type.ts';
import { Partner } from '../partner/partner.type.ts';
import { User } from '../user/user.type.ts';
import { Contract, ContractConnection, ContractEntitlement, ContractStatus } from './contract.type.ts';
import { fromLocalDate } from './contract-status.ts';

/** Money, status and relations of a contract; relations batch through request-scoped loaders (no N+1). */
@Resolver(() => Contract)
export class ContractFieldsResolver {
  @Authorized('contract:read')
  @FieldResolver(() => Money)
  value(@Root() c: Contract): Money {
    return { amount: formatAmount(c.valueAmount), currency: c.currency };
  }

  @Authorized('contract:read')
  @FieldResolver(() => ContractStatus, { description: 'Derived from the stored state, the end date, the notice period and today.' })
  status(@Root() c: Contract, @Ctx() ctx: Context) {
    return ctx.services.contract.status(c);
  }

  @Authorized('contract:read')
  @FieldResolver(() => Int, { description: 'Days from today to the end date (negative once it has passed).' })
  daysLeft(@Root() c: Contract, @Ctx() ctx: Context) {
    return Math.round((fromLocalDate(c.endDate).getTime() - fromLocalDate(ctx.services.contract.today()).getTime()) / 86_400_000);
  }

  @Authorized('contract:read')
  @FieldResolver(() => Customer, { nullable: true, description: 'Null when the customer is outside the viewer’s scope.' })
  customer(@Root() c: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(c.customerId);
  }

  @Authorized('contract:read')
  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() c: Contract, @Ctx() ctx: Context) {
    return c.contactId ? ctx.loaders.contact.load(c.contactId) : null;
  }

  @Authorized('contract:read')
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() c: Contract, @Ctx() ctx: Context) {
    return c.ownerId ? ctx.loaders.user.load(c.ownerId) : null;
  }

  @Authorized('contract:read')
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() c: Contract, @Ctx() ctx: Context) {
    return c.partnerId ? ctx.loaders.partner.load(c.partnerId) : null;
  }

  @Authorized('contract:read')
  @FieldResolver(() => Opportunity, { nullable: true, description: 'Null when the deal is outside the viewer’s scope.' })
  opportunity(@Root() c: Contract, @Ctx() ctx: Context) {
    return c.opportunityId ? ctx.loaders.convertedOpportunity.load(c.opportunityId) : null;
  }

  @Authorized('contract:read')
  @FieldResolver(() => [ContractEntitlement])
  entitlements(@Root() c: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.contractEntitlements.load(c.id);
  }

  @Authorized('contract:read')
  @FieldResolver(() => Contract, { nullable: true, description: 'The contract this one renews.' })
  renewedFrom(@Root() c: Contract, @Ctx() ctx: Context) {
    return c.renewedFromId ? ctx.loaders.contract.load(c.renewedFromId) : null;
  }

  @Authorized('contract:read')
  @FieldResolver(() => Contract, { nullable: true, description: 'The contract that renews this one.' })
  renewedBy(@Root() c: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.contractRenewal.load(c.id);
  }
}

/** The customer 360 page lists the customer's contracts the viewer may see. */
@Resolver(() => Customer)
export class CustomerContractsResolver {
  @Authorized('contract:read')
  @FieldResolver(() => ContractConnection, { description: 'The customer’s contracts the viewer may see, latest end date first.' })
  async contracts(@Root() customer: Customer, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.contract.list(await ctx.scope(), { ...page, filter: { customerId: customer.id }, orderBy: { field: ContractSortField.END_DATE, direction: SortDirection.DESC } });
  }
}

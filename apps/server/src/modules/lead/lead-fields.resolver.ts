import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { viewerCan } from '../../core/auth/permissions.ts';
import { Contact } from '../contact/contact.type.ts';
import { Customer } from '../customer/customer.type.ts';
import { Opportunity } from '../opportunity/opportunity.type.ts';
import { Territory } from '../territory/territory.type.ts';
import { User } from '../user/user.type.ts';
import { ConvertLeadResult, Lead } from './lead.type.ts';

const mayRead = (ctx: Context, permission: string) => viewerCan(ctx.viewer, permission);

/** Relations of a lead, through request-scoped loaders; records outside the viewer's scope resolve to null. */
@Resolver(() => Lead)
export class LeadFieldsResolver {
  @Authorized('lead:read')
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() lead: Lead, @Ctx() ctx: Context) {
    return lead.ownerId ? ctx.loaders.user.load(lead.ownerId) : null;
  }

  @Authorized('lead:read')
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() lead: Lead, @Ctx() ctx: Context) {
    return lead.createdById ? ctx.loaders.user.load(lead.createdById) : null;
  }

  @Authorized('lead:read')
  @FieldResolver(() => Territory, { nullable: true })
  territory(@Root() lead: Lead, @Ctx() ctx: Context) {
    return lead.territoryId ? ctx.loaders.territory.load(lead.territoryId) : null;
  }

  @Authorized('lead:read')
  @FieldResolver(() => Customer, { nullable: true, description: 'The customer it was converted into, when the viewer may see it.' })
  convertedCustomer(@Root() lead: Lead, @Ctx() ctx: Context) {
    return lead.convertedCustomerId && mayRead(ctx, 'customer:read') ? ctx.loaders.customer.load(lead.convertedCustomerId) : null;
  }

  @Authorized('lead:read')
  @FieldResolver(() => Contact, { nullable: true })
  convertedContact(@Root() lead: Lead, @Ctx() ctx: Context) {
    return lead.convertedContactId && mayRead(ctx, 'contact:read') ? ctx.loaders.contact.load(lead.convertedContactId) : null;
  }

  @Authorized('lead:read')
  @FieldResolver(() => Opportunity, { nullable: true })
  convertedOpportunity(@Root() lead: Lead, @Ctx() ctx: Context) {
    return lead.convertedOpportunityId && mayRead(ctx, 'opportunity:read') ? ctx.loaders.convertedOpportunity.load(lead.convertedOpportunityId) : null;
  }
}

@Resolver(() => ConvertLeadResult)
export class ConvertLeadResultResolver {
  @Authorized('lead:convert')
  @FieldResolver(() => Customer)
  async customer(@Root() r: ConvertLeadResult, @Ctx() ctx: Context) {
    return ctx.services.customer.get(await ctx.scope(), r.customerId);
  }

  @Authorized('lead:convert')
  @FieldResolver(() => Contact)
  async contact(@Root() r: ConvertLeadResult, @Ctx() ctx: Context) {
    return ctx.services.contact.get(await ctx.scope(), r.contactId);
  }

  @Authorized('lead:convert')
  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() r: ConvertLeadResult, @Ctx() ctx: Context) {
    return r.opportunityId ? ctx.loaders.convertedOpportunity.load(r.opportunityId) : null;
  }
}

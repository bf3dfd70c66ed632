import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { ConvertLeadResult, ImportLeadsResult, Lead, LeadAssignmentRule, LeadConnection, LeadDuplicates } from './lead.type.ts';
import { ConvertLeadInput, CreateLeadInput, LeadAssignmentRuleInput, LeadDuplicateArgs, LeadsArgs, UpdateLeadInput } from './lead.inputs.ts';

@Resolver(() => Lead)
export class LeadResolver {
  @Authorized('lead:read')
  @Query(() => LeadConnection, { description: 'Leads the viewer may see, cursor-paginated.' })
  async leads(@Args() args: LeadsArgs, @Ctx() ctx: Context) {
    return ctx.services.lead.list(await ctx.scope(), args);
  }

  @Authorized('lead:read')
  @Query(() => Lead)
  async lead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.lead.get(await ctx.scope(), id);
  }

  @Authorized('lead:read')
  @Query(() => LeadDuplicates, { description: 'Visible customers (by company), contacts and leads that look like this lead.' })
  async leadDuplicates(@Args() args: LeadDuplicateArgs, @Ctx() ctx: Context) {
    return ctx.services.leadDuplicates.find(await ctx.scope(), args);
  }

  @Authorized('admin:sales')
  @Query(() => LeadAssignmentRule)
  leadAssignmentRule(@Ctx() ctx: Context) {
    return ctx.services.leadAssignment.rule();
  }

  @Authorized('admin:sales')
  @Mutation(() => LeadAssignmentRule)
  async updateLeadAssignmentRule(@Arg('input', () => LeadAssignmentRuleInput) input: LeadAssignmentRuleInput, @Ctx() ctx: Context) {
    return ctx.services.leadAssignment.updateRule(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('lead:create')
  @Mutation(() => Lead, { description: 'Without ownerId the assignment rule picks the owner.' })
  async createLead(@Arg('input', () => CreateLeadInput) input: CreateLeadInput, @Ctx() ctx: Context) {
    return ctx.services.lead.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('lead:update')
  @Mutation(() => Lead)
  async updateLead(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateLeadInput) input: UpdateLeadInput, @Ctx() ctx: Context) {
    return ctx.services.lead.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('lead:update')
  @Mutation(() => Lead, { description: 'Gives the lead to a user, or back to the pool with null.' })
  async assignLead(@Arg('id', () => ID) id: string, @Arg('ownerId', () => ID, { nullable: true }) ownerId: string | null, @Ctx() ctx: Context) {
    return ctx.services.leadWorkflow.assign(ctx.viewer!, await ctx.scope(), id, ownerId ?? null);
  }

  @Authorized('lead:update')
  @Mutation(() => Lead)
  async qualifyLead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.leadWorkflow.qualify(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('lead:update')
  @Mutation(() => Lead)
  async disqualifyLead(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return ctx.services.leadWorkflow.disqualify(ctx.viewer!, await ctx.scope(), id, reason);
  }

  @Authorized('lead:delete')
  @Mutation(() => Lead, { description: 'Soft delete: hidden from lists, restorable, history kept.' })
  async deleteLead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.lead.remove(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('lead:delete')
  @Mutation(() => Lead)
  async restoreLead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.lead.restore(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('lead:create')
  @Mutation(() => ImportLeadsResult, {
    description: 'CSV with the header name,company,title,email,phone,source,description; at most 5000 rows. All rows are checked first: any bad row stores nothing.',
  })
  async importLeads(
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check and count only; store nothing.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.leadImport.import(ctx.viewer!, await ctx.scope(), csv, dryRun);
  }

  @Authorized('lead:convert')
  @Mutation(() => ConvertLeadResult, { description: 'Customer (made or reused) + contact + opportunity, in one transaction.' })
  async convertLead(@Arg('id', () => ID) id: string, @Arg('input', () => ConvertLeadInput) input: ConvertLeadInput, @Ctx() ctx: Context) {
    return ctx.services.leadConvert.convert(ctx.viewer!, await ctx.scope(), id, input);
  }
}

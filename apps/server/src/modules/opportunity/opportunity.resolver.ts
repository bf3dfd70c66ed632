import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Opportunity, OpportunityConnection } from './opportunity.type.ts';
import { OpportunityBoard } from './opportunity-board.type.ts';
import { BoardArgs, CreateOpportunityInput, MoveOpportunityInput, OpportunitiesArgs, UpdateOpportunityInput } from './opportunity.inputs.ts';

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Authorized('opportunity:read')
  @Query(() => OpportunityConnection, { description: 'Deals the viewer may see, cursor-paginated.' })
  async opportunities(@Args() args: OpportunitiesArgs, @Ctx() ctx: Context) {
    return ctx.services.opportunity.list(await ctx.scope(), args);
  }

  @Authorized('opportunity:read')
  @Query(() => Opportunity)
  async opportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.opportunity.get(await ctx.scope(), id);
  }

  @Authorized('opportunity:read')
  @Query(() => OpportunityBoard, { description: 'The kanban board: per stage the visible count, totals per currency and first cards.' })
  async opportunityBoard(@Args() args: BoardArgs, @Ctx() ctx: Context) {
    return ctx.services.opportunityBoard.board(await ctx.scope(), args);
  }

  @Authorized('opportunity:create')
  @Mutation(() => Opportunity)
  async createOpportunity(@Arg('input', () => CreateOpportunityInput) input: CreateOpportunityInput, @Ctx() ctx: Context) {
    return ctx.services.opportunity.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('opportunity:update')
  @Mutation(() => Opportunity)
  async updateOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOpportunityInput) input: UpdateOpportunityInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.opportunity.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('opportunity:update')
  @Mutation(() => Opportunity, { description: 'A kanban drop: changes stage (with history) and/or position in the column.' })
  async moveOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MoveOpportunityInput) input: MoveOpportunityInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.opportunityBoard.move(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('opportunity:delete')
  @Mutation(() => Opportunity, { description: 'Soft delete: hidden from lists and the board, restorable, history kept.' })
  async deleteOpportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.opportunity.remove(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('opportunity:delete')
  @Mutation(() => Opportunity)
  async restoreOpportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.opportunity.restore(ctx.viewer!, await ctx.scope(), id);
  }
}

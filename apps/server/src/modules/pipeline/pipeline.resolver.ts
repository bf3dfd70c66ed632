import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { PipelineStage } from './pipeline.type.ts';
import { CreatePipelineStageInput, UpdatePipelineStageInput } from './pipeline.inputs.ts';

@Resolver(() => PipelineStage)
export class PipelineResolver {
  @Authorized('opportunity:read')
  @Query(() => [PipelineStage], { description: 'The pipeline in board order; inactive stages only when asked for.' })
  async pipelineStages(@Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean, @Ctx() ctx: Context) {
    return ctx.services.pipeline.list(await ctx.scope(), includeInactive);
  }

  @Authorized('admin:sales')
  @Mutation(() => PipelineStage, { description: 'Adds a stage at the end of the pipeline.' })
  async createPipelineStage(@Arg('input', () => CreatePipelineStageInput) input: CreatePipelineStageInput, @Ctx() ctx: Context) {
    return ctx.services.pipeline.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('admin:sales')
  @Mutation(() => PipelineStage, { description: 'Renames, re-weights or (de)activates a stage.' })
  async updatePipelineStage(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePipelineStageInput) input: UpdatePipelineStageInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pipeline.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('admin:sales')
  @Mutation(() => [PipelineStage], { description: 'Sets the board order; `ids` lists every stage once.' })
  async reorderPipelineStages(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return ctx.services.pipeline.reorder(ctx.viewer!, await ctx.scope(), ids);
  }

  @Authorized('admin:sales')
  @Mutation(() => Boolean, { description: 'Deletes a stage that never held a deal; otherwise CONFLICT (deactivate it instead).' })
  async deletePipelineStage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.pipeline.remove(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('admin:sales')
  @FieldResolver(() => Int, { description: 'Deals in the stage, deleted ones included, across all owners (admins only).' })
  opportunityCount(@Root() stage: PipelineStage, @Ctx() ctx: Context) {
    return ctx.loaders.stageOpportunityCount.load(stage.id);
  }
}

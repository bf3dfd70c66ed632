import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { PipelineStage } from './pipeline.type.ts';
import { CreatePipelineStageInput, UpdatePipelineStageInput } from './pipeline.inputs.ts';

@Resolver(() => PipelineStage)
export class PipelineResolver {
  @Authorized('opportunity:read')
  @Query(() => [PipelineStage], { description: 'The pipeline in board order; inactive stages only when asked for.' })
  pipelineStages(@Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean, @Ctx() ctx: Context) {
    return ctx.services.pipeline.list(includeInactive);
  }

  @Authorized('admin:sales')
  @Mutation(() => PipelineStage, { description: 'Adds a stage at the end of the pipeline.' })
  createPipelineStage(@Arg('input', () => CreatePipelineStageInput) input: CreatePipelineStageInput, @Ctx() ctx: Context) {
    return ctx.services.pipeline.create(ctx.viewer!, input);
  }

  @Authorized('admin:sales')
  @Mutation(() => PipelineStage, { description: 'Renames, re-weights or (de)activates a stage.' })
  updatePipelineStage(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePipelineStageInput) input: UpdatePipelineStageInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pipeline.update(ctx.viewer!, id, input);
  }

  @Authorized('admin:sales')
  @Mutation(() => [PipelineStage], { description: 'Sets the board order; `ids` lists every stage once.' })
  reorderPipelineStages(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return ctx.services.pipeline.reorder(ctx.viewer!, ids);
  }

  @Authorized('admin:sales')
  @Mutation(() => Boolean, { description: 'Deletes a stage that never held a deal; otherwise CONFLICT (deactivate it instead).' })
  deletePipelineStage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.pipeline.remove(ctx.viewer!, id);
  }

  @Authorized('admin:sales')
  @FieldResolver(() => Int, { description: 'Deals in the stage, deleted ones included, across all owners (admins only).' })
  opportunityCount(@Root() stage: PipelineStage, @Ctx() ctx: Context) {
    return ctx.loaders.stageOpportunityCount.load(stage.id);
  }
}

import { Field, ObjectType } from 'type-graphql';
import { PipelineStage } from '../pipeline/pipeline.type.ts';
import { Opportunity } from './opportunity.type.ts';

/** One kanban column: a stage, what the viewer may see in it, and its first cards. */
@ObjectType()
export class BoardColumn {
  @Field(() => PipelineStage) stage: PipelineStage;
  // totalCount and totals are field resolvers (opportunity-board-fields.resolver.ts), run only when selected.
  @Field(() => [Opportunity], { description: 'The first `perStage` deals by board order.' }) opportunities: Opportunity[];
}

@ObjectType()
export class OpportunityBoard {
  @Field(() => [BoardColumn], { description: 'Active stages in order, plus inactive ones that still hold visible deals.' })
  columns: BoardColumn[];
}
